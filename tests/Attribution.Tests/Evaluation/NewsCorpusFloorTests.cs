using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

/// <summary>
/// Floors on the repository's copy of the shared corpus (<c>data/corpus</c>): 87 news articles and 8 interviews,
/// scored apart as <c>attribution eval data/corpus/dev data/corpus/interviews</c> prints them. Hand-written rules were
/// developed while reading these, so the figures are in-sample; the floors catch a change that loses ground on them.
/// </summary>
public sealed class NewsCorpusFloorTests
{
    private static readonly (GroupScore Quoted, GroupScore Indirect) News = Totals("dev", 87);
    private static readonly (GroupScore Quoted, GroupScore Indirect) Interviews = Totals("interviews", 8);

    [Fact]
    public void News_quoted_end_to_end_exact_F1_holds_its_floor() => Floor.AtLeast(0.907, News.Quoted.ExactF1);

    [Fact]
    public void News_quoted_speaker_accuracy_holds_its_floor() => Floor.AtLeast(0.927, News.Quoted.SpeakerAccuracy);

    [Fact]
    public void News_indirect_end_to_end_exact_F1_holds_its_floor() => Floor.AtLeast(0.792, News.Indirect.ExactF1);

    [Fact]
    public void Interviews_quoted_end_to_end_exact_F1_holds_its_floor() => Floor.AtLeast(0.958, Interviews.Quoted.ExactF1);

    private static (GroupScore, GroupScore) Totals(string folder, int articles)
    {
        var scores = CorpusEvaluation.Run(Path.Combine(RepositoryRoot(), "data", "corpus", folder), new QuoteAttributor());
        Assert.Equal(articles, scores.Count);
        return CorpusEvaluation.Total(scores);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
