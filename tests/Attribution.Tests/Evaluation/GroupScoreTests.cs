using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

public class GroupScoreTests
{
    [Fact]
    public void Empty_group_is_perfect_because_there_was_nothing_to_get_wrong()
    {
        var empty = GroupScore.Empty;

        Assert.Equal(
            [1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
            [empty.Precision, empty.Recall, empty.F1, empty.SpeakerAccuracy, empty.ExactF1, empty.LenientF1]);
    }

    [Fact]
    public void No_predictions_has_precision_1_by_definition_but_recall_and_F1_0()
    {
        var score = new GroupScore(Gold: 3, Predicted: 0, Found: 0, Real: 0, CorrectExact: 0, CorrectLenient: 0);

        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.0, score.Recall);
        Assert.Equal(0.0, score.F1);
        Assert.Equal(0.0, score.ExactF1);
        Assert.Equal(0.0, score.LenientF1);
    }

    [Fact]
    public void Detection_figures_come_from_real_found_and_the_two_totals()
    {
        var score = new GroupScore(Gold: 4, Predicted: 2, Found: 2, Real: 1, CorrectExact: 1, CorrectLenient: 2);

        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.Equal(0.5, score.F1);
        Assert.Equal(0.5, score.SpeakerAccuracy);
        Assert.Equal(2 * 0.5 * 0.25 / 0.75, score.ExactF1, 12);
        Assert.Equal(2 * 1.0 * 0.5 / 1.5, score.LenientF1, 12);
    }

    [Fact]
    public void End_to_end_precision_is_capped_at_1()
    {
        // One prediction found two gold entries, both with the right speaker: 2 correct / 1 predicted.
        var score = new GroupScore(Gold: 2, Predicted: 1, Found: 2, Real: 1, CorrectExact: 2, CorrectLenient: 2);

        Assert.Equal(1.0, score.ExactF1);
        Assert.Equal(1.0, score.LenientF1);
    }

    [Fact]
    public void End_to_end_F1_uses_the_capped_precision()
    {
        // Uncapped, 3 correct / 1 predicted = 3 and recall 3 / 4 would give F1 1.2; capped it is F(1, 0.75).
        var score = new GroupScore(Gold: 4, Predicted: 1, Found: 3, Real: 1, CorrectExact: 3, CorrectLenient: 3);

        Assert.Equal(2 * 1.0 * 0.75 / 1.75, score.ExactF1, 12);
    }

    [Fact]
    public void Sum_adds_counts_so_totals_are_micro_averaged()
    {
        var a = new GroupScore(Gold: 1, Predicted: 1, Found: 1, Real: 1, CorrectExact: 1, CorrectLenient: 1);
        var b = new GroupScore(Gold: 3, Predicted: 0, Found: 0, Real: 0, CorrectExact: 0, CorrectLenient: 0);

        var total = a + b;

        Assert.Equal(new GroupScore(4, 1, 1, 1, 1, 1), total);
        Assert.Equal(0.25, total.Recall);
        Assert.Equal(1.0, total.Precision);
        Assert.Equal(a, a + GroupScore.Empty);
    }
}
