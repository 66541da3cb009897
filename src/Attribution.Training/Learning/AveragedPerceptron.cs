using Attribution.Linguistics.Models;

namespace Attribution.Training.Learning;

/// <summary>
/// The averaged perceptron (Collins 2002) over hashed features, with dense rows of class weights per feature while
/// training. Averaging uses the usual trick: besides the weights, keep the sum of each update times the step it was
/// made at; the average is then the weight minus that sum over the last step, with no pass over all weights per step.
/// Deterministic: rows are numbered in the order features are first updated, and export sorts by key.
/// </summary>
internal sealed class AveragedPerceptron
{
    private readonly int classes;
    private readonly Dictionary<ulong, int> rowOf = [];
    private float[] weights;
    private double[] stamped;
    private int rowCount;

    private readonly HashSet<ulong>? allowed;

    /// <param name="classes">The number of classes.</param>
    /// <param name="expectedRows">A first guess of the number of features, to size the weight arrays.</param>
    /// <param name="allowed">When given, the only features that get weights; the others are ignored.</param>
    public AveragedPerceptron(int classes, int expectedRows = 1 << 16, HashSet<ulong>? allowed = null)
    {
        this.allowed = allowed;
        this.classes = classes;
        weights = new float[(long)expectedRows * classes > int.MaxValue ? int.MaxValue / 2 : expectedRows * classes];
        stamped = new double[weights.Length];
    }

    public int ClassCount => classes;

    /// <summary>The number of training instances seen; <see cref="Tick"/> advances it.</summary>
    public long Step { get; private set; } = 1;

    public int FeatureCount => rowCount;

    /// <summary>Adds the current (not averaged) weights of <paramref name="features"/> to <paramref name="scores"/>.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (var feature in features)
        {
            if (rowOf.TryGetValue(feature, out var row))
            {
                var w = weights.AsSpan(row * classes, classes);
                for (var c = 0; c < w.Length; c++)
                {
                    scores[c] += w[c];
                }
            }
        }
    }

    /// <summary>Moves the weights towards <paramref name="good"/> and away from <paramref name="bad"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int good, int bad, float amount = 1)
    {
        if (good == bad)
        {
            return;
        }

        foreach (var feature in features)
        {
            var row = RowOf(feature);
            if (row >= 0)
            {
                Add(row, good, amount);
                Add(row, bad, -amount);
            }
        }
    }

    /// <summary>Moves the weights of one class only (for structured updates that add and subtract separately).</summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        foreach (var feature in features)
        {
            if (RowOf(feature) is var row and >= 0)
            {
                Add(row, cls, amount);
            }
        }
    }

    public void Tick() => Step++;

    private void Add(int row, int cls, float amount)
    {
        var i = (row * classes) + cls;
        weights[i] += amount;
        stamped[i] += Step * (double)amount;
    }

    private int RowOf(ulong feature)
    {
        if (rowOf.TryGetValue(feature, out var row))
        {
            return row;
        }

        if (allowed is not null && !allowed.Contains(feature))
        {
            return -1;
        }

        row = rowCount++;
        if ((long)rowCount * classes > weights.Length)
        {
            var size = (int)Math.Min((long)weights.Length * 2, Array.MaxLength);
            Array.Resize(ref weights, size);
            Array.Resize(ref stamped, size);
        }

        rowOf[feature] = row;
        return row;
    }

    /// <summary>The averaged weight of a feature row's class.</summary>
    private float Averaged(int row, int cls)
    {
        var i = (row * classes) + cls;
        return (float)(weights[i] - (stamped[i] / Step));
    }

    /// <summary>
    /// The averaged model for shipping: weights whose magnitude is below <paramref name="threshold"/> are dropped, and
    /// so are features left with none.
    /// </summary>
    public LinearModel Export(float threshold)
    {
        var rows = new List<(ulong, (byte, float)[])>(rowCount);
        var entries = new List<(byte, float)>();
        foreach (var (key, row) in rowOf.OrderBy(p => p.Key))
        {
            entries.Clear();
            for (var c = 0; c < classes; c++)
            {
                var w = Averaged(row, c);
                if (Math.Abs(w) >= threshold && Math.Abs(w) > 0)
                {
                    entries.Add(((byte)c, w));
                }
            }

            if (entries.Count > 0)
            {
                rows.Add((key, [.. entries]));
            }
        }

        return LinearModel.FromRows(classes, rows);
    }

    /// <summary>
    /// One model whose weights are the mean of <paramref name="members"/>' averaged weights (a feature a member never
    /// saw counts as zero there). Scores are linear in the weights, so it scores every class as the members' mean
    /// score would: the ensemble's votes at the cost of one model's lookups.
    /// </summary>
    public static LinearModel ExportMean(IReadOnlyList<AveragedPerceptron> members)
    {
        var classes = members[0].classes;
        var keys = members.SelectMany(m => m.rowOf.Keys).Distinct().Order().ToArray();
        var rows = new List<(ulong, (byte, float)[])>(keys.Length);
        var sums = new double[classes];
        var entries = new List<(byte, float)>();
        foreach (var key in keys)
        {
            Array.Clear(sums);
            foreach (var member in members)
            {
                if (member.rowOf.TryGetValue(key, out var row))
                {
                    for (var c = 0; c < classes; c++)
                    {
                        sums[c] += member.Averaged(row, c);
                    }
                }
            }

            entries.Clear();
            for (var c = 0; c < classes; c++)
            {
                var w = (float)(sums[c] / members.Count);
                if (w != 0)
                {
                    entries.Add(((byte)c, w));
                }
            }

            if (entries.Count > 0)
            {
                rows.Add((key, [.. entries]));
            }
        }

        return LinearModel.FromRows(classes, rows);
    }
}
