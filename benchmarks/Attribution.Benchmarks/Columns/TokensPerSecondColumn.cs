using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>Millions of the input's tokens per second, from the median time; shown for the tokenizer only.</summary>
public sealed class TokensPerSecondColumn() : InputColumn("M tokens/s", "Millions of tokens per second (tokenizer benchmarks), from the median")
{
    protected override string? Value(BenchmarkCase benchmarkCase, string input, double seconds, BenchmarkReport report) =>
        benchmarkCase.Descriptor.WorkloadMethod.Name.Contains("Tokenize", StringComparison.Ordinal)
            ? (Inputs.TokenCount(input) / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture)
            : null;
}
