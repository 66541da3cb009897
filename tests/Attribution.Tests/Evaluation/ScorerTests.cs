using Attribution.Cli.Evaluation;
using static Attribution.Tests.Evaluation.Make;

namespace Attribution.Tests.Evaluation;

public class ScorerTests
{
    private const string Schedule = "We are on schedule and nothing has changed since Tuesday.";
    private const string Budget = "The budget is fixed, and the council will not add a penny.";
    private const string Reopen = "the bridge would reopen in May";

    private static readonly GoldArticle Bridge = Article(
        Gold(Schedule, "Jane Doe"),
        Gold(Budget, "Tom Reed", "partial"),
        Gold(Reopen, "Jane Doe", "indirect"));

    private static double[] Figures(GroupScore s) => [s.Precision, s.Recall, s.F1, s.SpeakerAccuracy, s.ExactF1, s.LenientF1];

    // ---- The required cases ----

    [Fact]
    public void Perfect_prediction_scores_1_on_every_figure()
    {
        var score = Score(
            Bridge,
            Predicted(Schedule, "Jane Doe"),
            Predicted(Budget, "Tom Reed", QuoteKind.Partial),
            Predicted(Reopen, "Jane Doe", QuoteKind.Indirect, AttributionRule.ReportedSpeech));

        Assert.Equal(new GroupScore(2, 2, 2, 2, 2, 2), score.Quoted);
        Assert.Equal(new GroupScore(1, 1, 1, 1, 1, 1), score.Indirect);
        Assert.All(Figures(score.Quoted), f => Assert.Equal(1.0, f));
        Assert.All(Figures(score.Indirect), f => Assert.Equal(1.0, f));
        Assert.Empty(score.Findings);
    }

    [Fact]
    public void Empty_prediction_scores_0_recall_and_F1_with_precision_defined_as_1()
    {
        var score = Score(Bridge);

        foreach (var group in new[] { score.Quoted, score.Indirect })
        {
            Assert.Equal(0.0, group.Recall);
            Assert.Equal(0.0, group.F1);
            Assert.Equal(0.0, group.ExactF1);
            Assert.Equal(0.0, group.LenientF1);
            Assert.Equal(1.0, group.Precision); // real / predicted with nothing predicted: nothing was wrong
        }

        Assert.Equal(3, score.Findings.Count);
        Assert.All(score.Findings, f => Assert.Equal(FindingKind.Missed, f.Kind));
    }

    [Fact]
    public void A_missed_optional_entry_leaves_the_gold_count_and_a_found_one_counts()
    {
        var optional = Gold(Budget, "Tom Reed", "partial") with { IsOptional = true };
        var gold = Article(Gold(Schedule, "Jane Doe"), optional);

        var missed = Score(gold, Predicted(Schedule, "Jane Doe"));
        var found = Score(gold, Predicted(Schedule, "Jane Doe"), Predicted(Budget, "Tom Reed", QuoteKind.Partial));

        Assert.Equal(new GroupScore(1, 1, 1, 1, 1, 1), missed.Quoted);
        Assert.Empty(missed.Findings);
        Assert.Equal(new GroupScore(2, 2, 2, 2, 2, 2), found.Quoted);
    }

    [Fact]
    public void One_merged_prediction_spanning_two_gold_paragraphs_finds_both()
    {
        const string first = "The first paragraph of the speech talks about roads and rail.";
        const string second = "The second paragraph talks about buses, bikes and footpaths.";
        var gold = Article(Gold(first, "Robert Goodwill", "block"), Gold(second, "Robert Goodwill", "block"));

        var score = Score(gold, Predicted(first + "\n" + second, "Robert Goodwill", QuoteKind.Block));

        Assert.Equal(new GroupScore(Gold: 2, Predicted: 1, Found: 2, Real: 1, CorrectExact: 2, CorrectLenient: 2), score.Quoted);
        Assert.Equal(1.0, score.Quoted.Precision);
        Assert.Equal(1.0, score.Quoted.Recall);
        Assert.Empty(score.Findings);
    }

    [Fact]
    public void End_to_end_precision_is_capped_at_1_when_one_prediction_matches_several_gold_entries()
    {
        const string first = "Roads come first.";
        const string second = "Rail comes second.";
        const string third = "Buses come third.";
        var gold = Article(Gold(first, "Ann Lee"), Gold(second, "Ann Lee"), Gold(third, "Ann Lee"));

        // One prediction covers all three entries (3 correct for 1 prediction), a second one is spurious.
        var score = Score(gold, Predicted($"{first} {second} {third}", "Ann Lee"), Predicted("Something else entirely.", "Ann Lee"));

        Assert.Equal(new GroupScore(Gold: 3, Predicted: 2, Found: 3, Real: 1, CorrectExact: 3, CorrectLenient: 3), score.Quoted);
        Assert.Equal(1.0, score.Quoted.ExactF1); // min(1, 3 / 2) and 3 / 3
        Assert.Equal(0.5, score.Quoted.Precision);
        Assert.Equal(2 * 0.5 / 1.5, score.Quoted.F1, 12);
    }

    // ---- Coverage threshold ----

    [Theory]
    [InlineData(7, false)] // 0.7
    [InlineData(8, true)]  // exactly 0.8 is enough
    [InlineData(9, true)]  // 0.9
    public void Gold_is_found_from_coverage_0_8(int wordsPredicted, bool found)
    {
        var gold = Article(Gold(Words(10), "Ann Lee"));

        var score = Score(gold, Predicted(Words(wordsPredicted), "Ann Lee"));

        Assert.Equal(found ? 1 : 0, score.Quoted.Found);
        Assert.Equal(found ? 1 : 0, score.Quoted.CorrectExact);
        Assert.Equal(found ? 0 : 1, score.Findings.Count(f => f.Kind == FindingKind.Missed));
    }

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    [InlineData(81, true)]
    public void Coverage_just_below_and_above_0_8(int wordsPredicted, bool found)
    {
        var gold = Article(Gold(Words(100), null));

        var score = Score(gold, Predicted(Words(wordsPredicted)));

        Assert.Equal(found ? 1 : 0, score.Quoted.Found);
    }

    [Fact]
    public void Coverage_counts_repeated_gold_words()
    {
        var gold = Article(Gold("No, no, no, no, yes.", null));

        Assert.Equal(1, Score(gold, Predicted("no")).Quoted.Found);  // 4 of 5 words
        Assert.Equal(0, Score(gold, Predicted("yes")).Quoted.Found); // 1 of 5 words
    }

    [Fact]
    public void Curly_and_straight_apostrophes_match()
    {
        var gold = Article(Gold("Today’s vote isn’t the end.", "Ann Lee"));

        var score = Score(gold, Predicted("today's vote isn't the end", "Ann Lee"));

        Assert.Equal(1, score.Quoted.Found);
        Assert.Equal(1, score.Quoted.Real);
    }

    // ---- Real and spurious predictions ----

    [Fact]
    public void Prediction_mostly_outside_the_gold_is_spurious()
    {
        var gold = Article(Gold(Words(10), "Ann Lee"));

        // 7 of its 10 words are gold words, 3 are not: 0.7 < 0.8.
        var score = Score(gold, Predicted(Words(7) + " x1 x2 x3", "Ann Lee", rule: AttributionRule.PreviousSpeaker));

        Assert.Equal(0, score.Quoted.Real);
        Assert.Equal(0.0, score.Quoted.Precision);
        var spurious = Assert.Single(score.Findings, f => f.Kind == FindingKind.Spurious);
        Assert.Equal("Ann Lee", spurious.Predicted);
        Assert.Equal("previous-speaker", spurious.Rule);
        Assert.Null(spurious.Expected);
    }

    [Fact]
    public void Prediction_with_0_8_of_its_words_in_the_gold_is_real()
    {
        var gold = Article(Gold(Words(10), "Ann Lee"));

        var score = Score(gold, Predicted(Words(8) + " x1 x2", "Ann Lee"));

        Assert.Equal(1, score.Quoted.Real);
        Assert.DoesNotContain(score.Findings, f => f.Kind == FindingKind.Spurious);
    }

    [Fact]
    public void A_prediction_is_real_against_all_gold_quotations_together()
    {
        // Half of it is in one gold entry and half in another; neither is found by it, but it is real.
        var gold = Article(Gold(Words(10, from: 1), null), Gold(Words(10, from: 11), null));

        var score = Score(gold, Predicted(Words(10, from: 6)));

        Assert.Equal(1, score.Quoted.Real);
        Assert.Equal(0, score.Quoted.Found);
    }

    // ---- Groups ----

    [Fact]
    public void An_indirect_prediction_does_not_find_a_direct_gold()
    {
        var gold = Article(Gold(Schedule, "Jane Doe"));

        var score = Score(gold, Predicted(Schedule, "Jane Doe", QuoteKind.Indirect, AttributionRule.ReportedSpeech));

        Assert.Equal(new GroupScore(Gold: 1, Predicted: 0, Found: 0, Real: 0, CorrectExact: 0, CorrectLenient: 0), score.Quoted);
        Assert.Equal(0.0, score.Quoted.F1);
        // In its own group it finds nothing, but its words are gold words (all kinds count), so it is not spurious.
        Assert.Equal(new GroupScore(Gold: 0, Predicted: 1, Found: 0, Real: 1, CorrectExact: 0, CorrectLenient: 0), score.Indirect);
        var missed = Assert.Single(score.Findings);
        Assert.Equal(FindingKind.Missed, missed.Kind);
        Assert.Equal(Schedule, missed.Text);
    }

    [Fact]
    public void A_direct_prediction_does_not_find_an_indirect_gold()
    {
        var gold = Article(Gold(Reopen, "Jane Doe", "indirect"));

        var score = Score(gold, Predicted(Reopen, "Jane Doe"));

        Assert.Equal(0, score.Indirect.Found);
        Assert.Equal(0, score.Quoted.Found);
        Assert.Equal(1, score.Quoted.Real);
    }

    [Theory]
    [InlineData(QuoteKind.Direct, "partial")]
    [InlineData(QuoteKind.Partial, "direct")]
    [InlineData(QuoteKind.Block, "direct")]
    [InlineData(QuoteKind.Direct, "block")]
    public void Within_the_quoted_group_the_kind_is_not_checked(QuoteKind predicted, string gold)
    {
        var score = Score(Article(Gold(Schedule, "Jane Doe", gold)), Predicted(Schedule, "Jane Doe", predicted));

        Assert.Equal(new GroupScore(1, 1, 1, 1, 1, 1), score.Quoted);
    }

    // ---- Speakers ----

    [Fact]
    public void Lenient_speaker_counts_for_lenient_only_and_is_reported()
    {
        var score = Score(Article(Gold(Schedule, "Jane Doe")), Predicted(Schedule, "Doe", rule: AttributionRule.SplitQuote));

        Assert.Equal(new GroupScore(Gold: 1, Predicted: 1, Found: 1, Real: 1, CorrectExact: 0, CorrectLenient: 1), score.Quoted);
        Assert.Equal(0.0, score.Quoted.SpeakerAccuracy);
        Assert.Equal(0.0, score.Quoted.ExactF1);
        Assert.Equal(1.0, score.Quoted.LenientF1);
        var wrong = Assert.Single(score.Findings);
        Assert.Equal(new Finding(FindingKind.WrongSpeaker, Schedule, "Jane Doe", "Doe", "split-quote"), wrong);
    }

    [Fact]
    public void Gold_with_no_speaker_is_correct_only_without_a_predicted_speaker()
    {
        var gold = Article(Gold(Schedule, null));

        Assert.Equal(1, Score(gold, Predicted(Schedule)).Quoted.CorrectExact);
        var wrong = Score(gold, Predicted(Schedule, "Jane Doe")).Quoted;
        Assert.Equal((1, 0, 0), (wrong.Found, wrong.CorrectExact, wrong.CorrectLenient));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_match_is_the_prediction_covering_most_whatever_its_order(bool bestFirst)
    {
        var gold = Article(Gold(Words(10), "Ann Lee"));
        var best = Predicted(Words(10), "Ann Lee");
        var partial = Predicted(Words(8), "Tom Reed");

        var score = bestFirst ? Score(gold, best, partial) : Score(gold, partial, best);

        Assert.Equal(1, score.Quoted.CorrectExact);
    }

    [Fact]
    public void Missed_finding_names_the_expected_speaker()
    {
        var score = Score(Article(Gold(Schedule, "Jane Doe")));

        Assert.Equal(new Finding(FindingKind.Missed, Schedule, "Jane Doe", null, null), Assert.Single(score.Findings));
    }

    [Fact]
    public void Score_keeps_the_article_name()
    {
        Assert.Equal("bridge", Scorer.Score(new GoldArticle("bridge", []), []).Name);
    }

    [Fact]
    public void A_nested_clause_matches_the_tighter_of_two_equally_covering_predictions()
    {
        // "The site reported its source said the tenant left early": the inner clause is the source's words.
        const string outer = "its source said the tenant left early";
        const string inner = "the tenant left early";
        var gold = Article(Gold(outer, "The site", "indirect"), Gold(inner, "source", "indirect"));

        var score = Score(
            gold,
            Predicted(outer, "The site", QuoteKind.Indirect, AttributionRule.ReportedSpeech),
            Predicted(inner, "source", QuoteKind.Indirect, AttributionRule.ReportedSpeech));

        Assert.Equal(2, score.Indirect.CorrectExact);
        Assert.Empty(score.Findings);
    }
}
