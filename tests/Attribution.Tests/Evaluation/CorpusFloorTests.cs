using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

/// <summary>
/// The accuracy floors on the copied dev corpus. Floors start at what the engine reaches and may only go up; a
/// change that drops any figure below its floor fails here. The README's table is printed by the same evaluation
/// (<c>attribution eval tests/Attribution.Tests/Corpus</c>).
/// </summary>
public sealed class CorpusFloorTests
{
    private static readonly List<ArticleScore> Scores = CorpusEvaluation.Run(CorpusFiles.Directory, new QuoteAttributor());
    private static readonly (GroupScore Quoted, GroupScore Indirect) Totals = CorpusEvaluation.Total(Scores);

    [Fact]
    public void Every_article_of_the_corpus_is_scored()
    {
        Assert.Equal(31, Scores.Count);
    }

    [Fact]
    public void Quoted_detection_F1_holds_its_floor() => Floor.AtLeast(0.990, Totals.Quoted.F1);

    [Fact]
    public void Quoted_end_to_end_exact_F1_holds_its_floor() => Floor.AtLeast(0.964, Totals.Quoted.ExactF1);

    [Fact]
    public void Quoted_speaker_accuracy_holds_its_floor() => Floor.AtLeast(0.975, Totals.Quoted.SpeakerAccuracy);

    [Fact]
    public void Indirect_detection_F1_holds_its_floor() => Floor.AtLeast(0.894, Totals.Indirect.F1);

    [Fact]
    public void Indirect_end_to_end_exact_F1_holds_its_floor() => Floor.AtLeast(0.858, Totals.Indirect.ExactF1);

    [Fact]
    public void The_reference_article_stays_perfect()
    {
        var reference = Assert.Single(Scores, s => s.Name == "paris-talks");
        Assert.Empty(reference.Findings);
        Assert.Equal(1.0, reference.Quoted.ExactF1);
        Assert.Equal(1.0, reference.Indirect.ExactF1);
    }
}
