namespace Attribution.Tests.Speakers;

public class AccordingToRuleTests
{
    [Fact]
    public void According_to_a_name_at_the_start_of_the_sentence()
    {
        var quote = Attributed.Single("According to Mr Tom Hale, the plan is “deeply flawed”.");

        Attributed.Expect(quote, "deeply flawed", QuoteKind.Partial, "Tom Hale", "According to", AttributionRule.AccordingTo);
        Assert.Equal("Mr Tom Hale", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void According_to_a_name_inside_the_sentence()
    {
        var quote = Attributed.Single("The plan, according to Mr Tom Hale, is “deeply flawed”.");

        Attributed.Expect(quote, "deeply flawed", QuoteKind.Partial, "Tom Hale", "according to", AttributionRule.AccordingTo);
    }

    [Fact]
    public void According_to_a_description()
    {
        var quote = Attributed.Single("According to police, the driver was “very lucky”.");

        Attributed.Expect(quote, "very lucky", QuoteKind.Partial, "police", "According to", AttributionRule.AccordingTo);
    }

    [Fact]
    public void According_to_in_another_sentence_does_not_count()
    {
        var result = Attributed.Run("According to Mr Tom Hale, the vote was close. The result was “a surprise to everyone in the hall”.");

        // The first sentence is his reported speech; the quotation in the second is not his.
        var reported = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Indirect);
        Attributed.Expect(reported, "the vote was close", QuoteKind.Indirect, "Tom Hale", "According to", AttributionRule.ReportedSpeech);
        var quote = Assert.Single(result.Quotes, q => q.Kind != QuoteKind.Indirect);
        Attributed.Expect(quote, "a surprise to everyone in the hall", QuoteKind.Partial, null, null, AttributionRule.None);
    }

    [Theory]
    [InlineData("According to the Commission on Public Broadcasting, moderators would have “additional tools” in future.", "Commission on Public Broadcasting")]
    [InlineData("According to the Centre for Coastal Research, the reef is “likely to recover”.", "Centre for Coastal Research")]
    [InlineData("According to the commission on Tuesday, moderators would have “additional tools” in future.", "commission")]
    public void A_preposition_between_capitalised_words_stays_inside_a_bodys_name(string text, string speaker)
    {
        var quote = Assert.Single(Attributed.Run(text).Quotes, q => q.Kind != QuoteKind.Indirect);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }
}
