namespace Attribution.Tests.Speakers;

/// <summary><c>according to X</c> right after a quotation is the AccordingTo rule, not a plain after-quote cue.</summary>
public class AccordingToAfterQuoteTests
{
    [Fact]
    public void According_to_a_titled_name_after_the_quotation()
    {
        var quote = Attributed.Single("“The plan is flawed,” according to Mr Tom Hale.");

        Attributed.Expect(quote, "The plan is flawed,", QuoteKind.Direct, "Tom Hale", "according to", AttributionRule.AccordingTo);
        Assert.Equal("Mr Tom Hale", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void According_to_a_description_after_the_quotation()
    {
        var quote = Attributed.Single("“The plan is flawed,” according to the city council.");

        Attributed.Expect(quote, "The plan is flawed,", QuoteKind.Direct, "city council", "according to", AttributionRule.AccordingTo);
    }

    [Fact]
    public void Other_cues_after_the_quotation_keep_the_after_quote_rule()
    {
        var quote = Attributed.Single("“The plan is flawed,” said Mr Tom Hale.");

        Attributed.Expect(quote, "The plan is flawed,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void The_words_before_according_to_are_no_subject()
    {
        var quote = Attributed.Single("Tom Hale survived the attack. Hale suffered “two deep wounds” in the attack according to a hospital spokesperson.");

        Assert.Equal(("hospital spokesperson", AttributionRule.AccordingTo), (quote.Speaker?.Name, quote.Rule));
    }
}
