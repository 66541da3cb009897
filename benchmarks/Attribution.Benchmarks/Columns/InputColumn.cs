using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>
/// A column computed from a benchmark's result and the size of its input, named by the benchmark's <c>Input</c>
/// parameter (see <see cref="Inputs"/>). BenchmarkDotNet reports time and bytes per call; news is measured in bytes
/// and tokens, so these columns divide by the input.
/// </summary>
public abstract class InputColumn(string name, string legend) : ComputedColumn(name, legend)
{
    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var input = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Input")?.Value as string;
        if (report?.ResultStatistics is not { } statistics || input is null)
        {
            return "-";
        }

        return Value(benchmarkCase, input, statistics.Median / 1e9, report) ?? "-";
    }

    /// <summary>The cell for a benchmark that took <paramref name="seconds"/> (median) on <paramref name="input"/>, or null.</summary>
    protected abstract string? Value(BenchmarkCase benchmarkCase, string input, double seconds, BenchmarkReport report);
}
