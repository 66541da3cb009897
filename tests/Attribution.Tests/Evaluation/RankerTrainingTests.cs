using Attribution.Cli.Evaluation;
using Attribution.Cli.Evaluation.Ranking;
using Attribution.Speakers.Ranking;

namespace Attribution.Tests.Evaluation;

public class RankerTrainingTests
{
    private static int Feature(string name) =>
        Enumerable.Range(0, CandidateFeatures.Count).Single(f => CandidateFeatures.Describe(f) == name);

    private static List<RankerExample> Examples()
    {
        // A cue beside the quotation is right nine times in ten; a speaker carried over, three in ten.
        var bias = Feature("bias=1");
        var beside = Feature("rule=SpeakerAfterQuote");
        var carried = Feature("rule=PreviousSpeaker");
        return
        [
            .. Enumerable.Range(0, 50).Select(i => new RankerExample([bias, beside], i % 10 != 0)),
            .. Enumerable.Range(0, 50).Select(i => new RankerExample([bias, carried], i % 10 < 3)),
        ];
    }

    [Fact]
    public void Training_learns_which_rule_is_right_more_often()
    {
        var weights = RankerTrainer.Train(Examples());

        var beside = 1 / (1 + Math.Exp(-weights.Score([Feature("bias=1"), Feature("rule=SpeakerAfterQuote")])));
        var carried = 1 / (1 + Math.Exp(-weights.Score([Feature("bias=1"), Feature("rule=PreviousSpeaker")])));
        Assert.InRange(beside, 0.8, 0.95);
        Assert.InRange(carried, 0.2, 0.4);
    }

    [Fact]
    public void Training_twice_on_the_same_examples_gives_the_same_weights()
    {
        var first = new StringWriter();
        var second = new StringWriter();

        RankerTrainer.Train(Examples()).Write(first);
        RankerTrainer.Train(Examples()).Write(second);

        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void Cross_validated_ranker_holds_its_floor_on_the_news_corpus()
    {
        // Every article scored by weights trained without it: the figure the README gives for unseen articles.
        var news = CorpusEvaluation.Load(Path.Combine(RepositoryRoot(), "data", "corpus", "dev"));

        var (scores, calibration) = Assert.Single(CrossValidation.Run([news], folds: 5));

        Assert.Equal(87, scores.Count);
        Floor.AtLeast(0.905, CorpusEvaluation.Total(scores).Quoted.ExactF1);
        Assert.NotNull(calibration);
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
