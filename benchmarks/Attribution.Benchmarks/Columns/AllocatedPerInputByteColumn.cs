using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>Bytes allocated per call divided by the input's UTF-8 bytes (the stricter of the two ways to count a text's size).</summary>
public sealed class AllocatedPerInputByteColumn() : InputColumn("Alloc/byte", "Bytes allocated per input byte (UTF-8); a .NET string holds 2 bytes per character")
{
    protected override string? Value(BenchmarkCase benchmarkCase, string input, double seconds, BenchmarkReport report)
    {
        var allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return allocated is { } bytes
            ? (bytes / (double)Inputs.Utf8Bytes(input)).ToString("0.000", CultureInfo.InvariantCulture)
            : null;
    }
}
