using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Attribution.Benchmarks;

/// <summary>
/// Two jobs for the batch: the runtime's default garbage collector, and the same with a 64 MB generation-0 budget
/// (<c>DOTNET_GCgen0size</c>, a setting of the application, not the library). A collection stops every core, so
/// how often one runs bounds what the second core can add; the second job shows how much.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BatchJobsAttribute : Attribute, IConfigSource
{
    public BatchJobsAttribute() => Config = ManualConfig.CreateEmpty()
        .AddJob(Job.Default.WithId("default GC"))
        .AddJob(Job.Default.WithId("gen0 64 MB").WithEnvironmentVariables(new EnvironmentVariable("DOTNET_GCgen0size", "0x4000000")));

    public IConfig Config { get; }
}
