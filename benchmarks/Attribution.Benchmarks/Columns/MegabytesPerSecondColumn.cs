using System.Globalization;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Attribution.Benchmarks.Columns;

/// <summary>Input megabytes (10⁶ UTF-8 bytes) per second, from the median time.</summary>
public sealed class MegabytesPerSecondColumn() : InputColumn("MB/s", "Input MB (10^6 UTF-8 bytes) read per second, from the median")
{
    protected override string Value(BenchmarkCase benchmarkCase, string input, double seconds, BenchmarkReport report) =>
        (Inputs.Utf8Bytes(input) / 1e6 / seconds).ToString("N1", CultureInfo.InvariantCulture);
}
