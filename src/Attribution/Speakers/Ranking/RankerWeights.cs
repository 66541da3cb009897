using System.Globalization;

namespace Attribution.Speakers.Ranking;

/// <summary>
/// The weights of the learned ranker, one per <see cref="CandidateFeatures"/> feature, read from and written to a
/// text file of <c>name TAB weight</c> lines (a feature the file does not name weighs nothing; a name the table does
/// not know is an error, so a file from another feature layout is refused rather than misread).
/// </summary>
internal sealed class RankerWeights
{
    private const string ResourceName = "Attribution.ranker-weights.tsv";

    private static readonly Lazy<RankerWeights> Shipped = new(() =>
    {
        using var stream = typeof(RankerWeights).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"The ranker's weights ({ResourceName}) are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    });

    public RankerWeights(double[] values)
    {
        if (values.Length != CandidateFeatures.Count)
        {
            throw new ArgumentException($"{values.Length} weights for {CandidateFeatures.Count} features.", nameof(values));
        }

        Values = values;
    }

    /// <summary>The weights trained on the corpus and embedded in the assembly.</summary>
    public static RankerWeights Default => Shipped.Value;

    public double[] Values { get; }

    public double Score(ReadOnlySpan<int> features)
    {
        var sum = 0.0;
        foreach (var f in features)
        {
            sum += Values[f];
        }

        return sum;
    }

    /// <exception cref="InvalidDataException">A line is not <c>name TAB weight</c> or names an unknown feature.</exception>
    public static RankerWeights Read(TextReader reader)
    {
        var index = new Dictionary<string, int>(CandidateFeatures.Count, StringComparer.Ordinal);
        for (var f = 0; f < CandidateFeatures.Count; f++)
        {
            index[CandidateFeatures.Describe(f)] = f;
        }

        var values = new double[CandidateFeatures.Count];
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0 || !index.TryGetValue(line[..tab], out var feature) ||
                !double.TryParse(line.AsSpan(tab + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"Line {number} of the ranker's weights is not a known feature and a weight: '{line}'.");
            }

            values[feature] = weight;
        }

        return new RankerWeights(values);
    }

    /// <summary>Writes every non-zero weight, in table order, rounded to six decimals so the file is stable text.</summary>
    public void Write(TextWriter writer)
    {
        writer.Write("# The speaker ranker's weights: feature TAB weight. Rebuilt by `dotnet run -c Release --project src/Attribution.Training -- ranker`.\n");
        for (var f = 0; f < Values.Length; f++)
        {
            var rounded = Math.Round(Values[f], 6);
            if (rounded != 0)
            {
                writer.Write(CandidateFeatures.Describe(f));
                writer.Write('\t');
                writer.Write(rounded.ToString("R", CultureInfo.InvariantCulture));
                writer.Write('\n');
            }
        }
    }
}
