using System.Collections.Concurrent;
using System.Globalization;
using Attribution.Tests.Robustness;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>
/// Time or allocation per input character for a benchmark with <c>Shape</c> and <c>Chars</c> parameters (see
/// <see cref="AdversarialShapes"/>), divided by the exact length of the text the shape makes. Flat from 1 KB to
/// 10 MB means linear.
/// </summary>
public sealed class PerCharacterColumn(bool allocation) : ComputedColumn(
    allocation ? "B/char" : "ns/char",
    allocation
        ? "Bytes allocated per call divided by the text's UTF-16 characters (a .NET string holds 2 bytes a character)"
        : "Median time per call divided by the text's UTF-16 characters, in nanoseconds",
    allocation ? 1 : 0)
{
    private static readonly ConcurrentDictionary<(string, int), int> Lengths = new();

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var shape = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Shape")?.Value as string;
        var chars = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "Chars")?.Value as int?;
        if (report?.ResultStatistics is not { } statistics || shape is null || chars is not { } size)
        {
            return "-";
        }

        var length = Lengths.GetOrAdd((shape, size), static key => AdversarialShapes.Make(key.Item1, key.Item2).Length);
        if (!allocation)
        {
            return (statistics.Median / length).ToString("0.0", CultureInfo.InvariantCulture);
        }

        return report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase) is { } bytes
            ? (bytes / (double)length).ToString("0.0", CultureInfo.InvariantCulture)
            : "-";
    }
}
