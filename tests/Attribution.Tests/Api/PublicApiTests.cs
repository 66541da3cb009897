using PublicApiGenerator;
using Snapshooter.Xunit;

namespace Attribution.Tests.Api;

/// <summary>
/// The library's whole public surface, as text, against a reviewed snapshot: any addition or change to what other
/// apps compile against shows up here and has to be accepted on purpose.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_reviewed_snapshot()
    {
        var snapshot = Path.Combine(SourceDirectory(), "__snapshots__", $"{nameof(PublicApiTests)}.{nameof(Public_api_matches_the_reviewed_snapshot)}.snap");
        var existed = File.Exists(snapshot);

        var api = typeof(QuoteAttributor).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        });
        Snapshot.Match(api.Split('\n').Select(line => line.TrimEnd('\r')).ToArray());

        Assert.True(existed || Environment.GetEnvironmentVariable("CI") != "true", $"The snapshot {snapshot} is missing: it must be committed, not created in CI.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
