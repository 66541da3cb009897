namespace Attribution.Tests.Speakers;

/// <summary>
/// Reported speech in the constructions the word patterns miss or misread, which the sentence's parse reads: content
/// before its cue, interrupted by it, in a relative clause, after adjuncts, and cue words the tagger reads as nouns.
/// </summary>
public sealed class ParsedReportedSpeechTests
{
    [Fact]
    public void Content_before_the_cue_is_reported_by_the_subject_after_it()
    {
        const string text = "The ferry service will resume in April, its spokesman Oren Vask announced.";

        Attributed.Expect(Attributed.Single(text), "The ferry service will resume in April", QuoteKind.Indirect, "Oren Vask", "announced", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Interrupted_content_with_a_short_subject_gives_both_parts()
    {
        var quotes = Attributed.Run("The blaze, firefighters said, started in a storeroom.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "The blaze", QuoteKind.Indirect, "firefighters", "said", AttributionRule.ReportedSpeech),
            q => Attributed.Expect(q, "started in a storeroom", QuoteKind.Indirect, "firefighters", "said", AttributionRule.ReportedSpeech));
    }

    [Theory]
    [InlineData("Engineers postponed the test flight, which the agency said could slip to June.", "could slip to June", "agency")]
    [InlineData("Crews delayed the bridge opening, which the council said would happen in the spring.", "would happen in the spring", "council")]
    public void Relative_clause_reports_the_words_after_the_cue(string text, string content, string speaker)
    {
        Attributed.Expect(Attributed.Single(text), content, QuoteKind.Indirect, speaker, "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Adjuncts_between_the_cue_and_a_bare_clause_are_not_content()
    {
        // With the parser of 2026-12-03 "said at a press conference on Monday morning the harbour would reopen" reads
        // the clause as a relative clause on "conference" (no relative word to say otherwise), so it reports nothing.
        const string text = "Mira Olsen said on Monday morning the harbour would reopen within a week.";

        Attributed.Expect(Attributed.Single(text), "the harbour would reopen within a week", QuoteKind.Indirect, "Mira Olsen", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_participle_reports_with_the_subject_of_the_verb_it_hangs_from()
    {
        const string text = "The union sued the city in March, claiming the contract had been broken.";

        Attributed.Expect(Attributed.Single(text), "the contract had been broken", QuoteKind.Indirect, "union", "claiming", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_phrase_before_the_comma_is_not_content_when_a_clause_follows_the_cue()
    {
        const string text = "Regarding which part of the contest was hardest for the young pilots, Mira Olsen said it was the night landing.";

        Attributed.Expect(Attributed.Single(text), "it was the night landing", QuoteKind.Indirect, "Mira Olsen", "said", AttributionRule.ReportedSpeech);
    }

    [Theory]
    [InlineData("Councillor Tomas Brenn said he would have preferred that the vote wait.", "he would have preferred that the vote wait")]
    [InlineData("The county council said the road had closed and that repairs would take a week.", "the road had closed and that repairs would take a week")]
    public void A_that_inside_a_bare_clause_does_not_start_the_content(string text, string clause)
    {
        Assert.Equal(clause, Attributed.Single(text).Text);
    }

    [Theory]
    [InlineData("At the forum the candidates took questions on farm policy, the surveillance state, space warfare, and rail reform.")]
    [InlineData("In the last week, she campaigned hard, holding rallies throughout such states as Ohio, Iowa, Maine, and Utah, among others.")]
    [InlineData("Councillor Tomas Brenn, whose remarks angered the union, made comments that the strike was illegal.")]
    public void A_cue_word_read_as_a_noun_reports_nothing(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    [Fact]
    public void A_parsed_subject_holding_quotation_marks_is_no_speaker()
    {
        var result = Attributed.Run("The coastal (“green belt”) plan, said Ana Kell, will cost millions.");

        Assert.DoesNotContain(result.Quotes, q => q.Kind == QuoteKind.Indirect && q.Speaker?.Name != "Ana Kell");
    }

    [Theory]
    [InlineData("She described the call as routine.")]
    [InlineData("The mayor fired an aide who made controversial comments.")]
    public void A_cue_with_an_object_and_no_clause_reports_nothing(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }
}
