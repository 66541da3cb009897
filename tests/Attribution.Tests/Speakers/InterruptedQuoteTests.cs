namespace Attribution.Tests.Speakers;

/// <summary>
/// A quotation interrupted by its attribution: the second half is decided as a split quotation before the
/// before-quote rule sees the cue in front of it, and stays direct speech even when it resumes in lower case.
/// </summary>
public class InterruptedQuoteTests
{
    [Fact]
    public void Lower_case_second_half_after_a_comma_is_direct_and_split()
    {
        const string text = "Anna Berg chairs the transport committee.\n“Close the road,” Ms Berg said, “before the storm arrives.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "Close the road,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "before the storm arrives.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SplitQuote);
        Assert.Equal("Ms Berg", quotes[1].Speaker?.Mention.Text);
    }

    [Fact]
    public void Lower_case_second_half_with_only_a_surname_known()
    {
        var quotes = Attributed.Run("“Close the road,” Ms Berg said, “before the storm arrives.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[1], "before the storm arrives.", QuoteKind.Direct, "Berg", "said", AttributionRule.SplitQuote);
    }

    [Fact]
    public void Second_half_after_a_name_with_a_role_in_apposition()
    {
        var quotes = Attributed.Run("“We will cut costs,” said Lena Holt, the chief executive of the council. “Nobody will lose their job.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We will cut costs,", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "Nobody will lose their job.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SplitQuote);
    }

    [Fact]
    public void Second_half_after_according_to()
    {
        var quotes = Attributed.Run("“The plan is flawed,” according to Mr Tom Hale. “It will cost too much.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "The plan is flawed,", QuoteKind.Direct, "Tom Hale", "according to", AttributionRule.AccordingTo);
        Attributed.Expect(quotes[1], "It will cost too much.", QuoteKind.Direct, "Tom Hale", "according to", AttributionRule.SplitQuote);
    }
}
