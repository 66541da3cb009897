namespace Attribution.Tests.Speakers;

public class ReportedSpeechTests
{
    [Theory]
    [InlineData("Ms Berg said the new wards would open in spring.")]
    [InlineData("Ms Berg said that the new wards would open in spring.")]
    public void Said_with_or_without_that_reports_the_clause(string text)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "the new wards would open in spring", QuoteKind.Indirect, "Berg", "said", AttributionRule.ReportedSpeech);
        Assert.Equal("Ms Berg", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Mr Hale told reporters the bridge would reopen next week.")]
    [InlineData("Mr Hale told reporters that the bridge would reopen next week.")]
    public void Told_skips_the_hearer_and_reports_the_clause(string text)
    {
        Attributed.Expect(Attributed.Single(text), "the bridge would reopen next week", QuoteKind.Indirect, "Hale", "told", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Told_a_named_hearer_reports_the_clause()
    {
        const string text = "Mr Tom Hale told Ms Anna Berg that the bridge would reopen next week.";

        Attributed.Expect(Attributed.Single(text), "the bridge would reopen next week", QuoteKind.Indirect, "Tom Hale", "told", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Apposition_between_subject_and_cue_is_skipped()
    {
        const string text = "Anna Berg, the health minister, said the wards would open in spring.";

        Attributed.Expect(Attributed.Single(text), "the wards would open in spring", QuoteKind.Indirect, "Anna Berg", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Announced_that_is_reported_speech()
    {
        const string text = "Ms Berg announced that the new wards would open in spring.";

        Attributed.Expect(Attributed.Single(text), "the new wards would open in spring", QuoteKind.Indirect, "Berg", "announced", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Words_between_the_cue_and_that_are_skipped()
    {
        const string text = "The council said on Monday that the road would reopen on Friday.";

        Attributed.Expect(Attributed.Single(text), "the road would reopen on Friday", QuoteKind.Indirect, "council", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Speaker_named_by_surname_gets_the_canonical_name()
    {
        const string text = "Yesterday Tom Hale arrived. Hale said the talks had been useful.";

        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "the talks had been useful", QuoteKind.Indirect, "Tom Hale", "said", AttributionRule.ReportedSpeech);
        Assert.Equal("Hale", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Pronoun_subject_resolves_to_the_person()
    {
        const string text = "Ms Anna Berg visited the ward. She said the new wards would open in spring.";

        Attributed.Expect(Attributed.Single(text), "the new wards would open in spring", QuoteKind.Indirect, "Anna Berg", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Descriptive_subject_is_named_without_its_article()
    {
        const string text = "A spokesperson for the city council told reporters the road would reopen on Friday.";

        Attributed.Expect(Attributed.Single(text), "the road would reopen on Friday", QuoteKind.Indirect, "spokesperson for the city council", "told", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Reported_speech_is_less_certain_than_a_direct_quotation()
    {
        var indirect = Attributed.Single("Ms Berg said the new wards would open in spring.");
        var direct = Attributed.Single("“The new wards will open in spring,” Ms Berg said.");

        Assert.True(indirect.Confidence < direct.Confidence);
        Assert.True(indirect.Confidence > 0);
    }

    // ---- Not reported speech ----

    [Theory]
    [InlineData("Mr Hale announced progress on the bridge repairs.")]
    [InlineData("Mr Hale announced progress on the bridge repairs on Monday.")]
    [InlineData("Mr Hale thinks the bridge will reopen next week.")]
    [InlineData("Mr Hale thinks that the bridge will reopen next week.")]
    [InlineData("Mr Hale believes the bridge will reopen next week.")]
    [InlineData("Ms Berg said so.")]
    [InlineData("Ms Berg said nothing.")]
    public void Non_speech_verbs_and_clauseless_cues_are_not_reported_speech(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    [Fact]
    public void Clause_holding_a_quotation_is_left_to_that_quotation()
    {
        var quote = Attributed.Single("Ms Berg said “we will open” the wards soon.");

        Assert.NotEqual(QuoteKind.Indirect, quote.Kind);
        Attributed.Expect(quote, "we will open", QuoteKind.Partial, "Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Cue_that_attributed_a_direct_quotation_is_not_reported_again()
    {
        var quote = Attributed.Single("“The wards will open in spring,” Ms Berg said.");

        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }
}
