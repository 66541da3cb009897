using Snapshooter.Xunit;

namespace Attribution.Tests.Reference;

/// <summary>
/// The whole result for the reference article, reviewed by eye and committed. CI fails when the snapshot changes
/// and when it is missing (Snapshooter would silently create it; .ci/run checks git status after the tests).
/// </summary>
public sealed class ReferenceSnapshotTests
{
    [Fact]
    public void Reference_article_result_matches_the_reviewed_snapshot()
    {
        var snapshot = Path.Combine(SourceDirectory(), "__snapshots__", $"{nameof(ReferenceSnapshotTests)}.{nameof(Reference_article_result_matches_the_reviewed_snapshot)}.snap");
        var existed = File.Exists(snapshot);

        var result = new QuoteAttributor().Attribute(CorpusFiles.Read("paris-talks.txt"));
        Snapshot.Match(result);

        Assert.True(existed || Environment.GetEnvironmentVariable("CI") != "true", $"The snapshot {snapshot} is missing: it must be committed, not created in CI.");
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
