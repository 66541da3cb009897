using Attribution.Benchmarks.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Attribution.Benchmarks;

/// <summary>Memory diagnoser, median, and the per-input columns: MB/s, tokens/s and bytes allocated per input byte.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class InputColumnsAttribute : Attribute, IConfigSource
{
    public InputColumnsAttribute() => Config = ManualConfig.CreateEmpty()
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median)
        .AddColumn(new MegabytesPerSecondColumn(), new TokensPerSecondColumn(), new WordsPerSecondColumn(), new AllocatedPerInputByteColumn());

    public IConfig Config { get; }
}
