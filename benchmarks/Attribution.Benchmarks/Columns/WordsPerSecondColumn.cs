using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>
/// Thousands of the input's words (Universal Dependencies words, as the models read them) per second, from the
/// median time; shown for the linguistic layer's benchmarks.
/// </summary>
public sealed class WordsPerSecondColumn() : InputColumn("k words/s", "Thousands of words per second (linguistic layer benchmarks), from the median")
{
    protected override string? Value(BenchmarkCase benchmarkCase, string input, double seconds, BenchmarkReport report) =>
        benchmarkCase.Descriptor.Type == typeof(Linguistics)
            ? (Inputs.WordCount(input) / 1e3 / seconds).ToString("N0", CultureInfo.InvariantCulture)
            : null;
}
