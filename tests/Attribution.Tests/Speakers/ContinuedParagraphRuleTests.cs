namespace Attribution.Tests.Speakers;

public class ContinuedParagraphRuleTests
{
    [Fact]
    public void Reopened_paragraph_continues_the_speaker_introduced_before_the_quotation()
    {
        const string text = "Ms Berg said: “We will open the new wards in spring.\n“Staff will be hired over the summer.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We will open the new wards in spring.", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(quotes[1], "Staff will be hired over the summer.", QuoteKind.Direct, "Berg", "said", AttributionRule.ContinuedParagraph);
    }

    [Fact]
    public void Reopened_paragraph_continues_a_split_quotation()
    {
        const string text =
            "Health Minister Anna Berg spoke on Monday.\n" +
            "“We will open the new wards in spring,” Ms Berg said. “The money is already there.\n" +
            "“Staff will be hired over the summer.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(3, quotes.Count);
        Attributed.Expect(quotes[0], "We will open the new wards in spring,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "The money is already there.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SplitQuote);
        Attributed.Expect(quotes[2], "Staff will be hired over the summer.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.ContinuedParagraph);
    }

    [Fact]
    public void Attribution_in_the_last_paragraph_is_carried_back_to_the_first()
    {
        const string text = "“We will open the new wards in spring.\n“Staff will be hired over the summer,” Ms Berg said.";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We will open the new wards in spring.", QuoteKind.Direct, "Berg", "said", AttributionRule.ContinuedParagraph);
        Attributed.Expect(quotes[1], "Staff will be hired over the summer,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Quotation_spanning_three_paragraphs_keeps_one_speaker()
    {
        const string text = "Mr Hale said: “The bridge is safe.\n“The repairs are finished.\n“Traffic can return on Friday.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(3, quotes.Count);
        Assert.Equal(
            [AttributionRule.SpeakerBeforeQuote, AttributionRule.ContinuedParagraph, AttributionRule.ContinuedParagraph],
            quotes.Select(q => q.Rule));
        Assert.All(quotes, q => Assert.Equal(("Hale", "said", QuoteKind.Direct), (q.Speaker?.Name, q.Cue?.Text, q.Kind)));
    }

    [Fact]
    public void Unattributed_continued_quotation_stays_unattributed()
    {
        var quotes = Attributed.Run("“We will open the new wards in spring.\n“Staff will be hired over the summer.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal((null, AttributionRule.None), (q.Speaker, q.Rule)));
    }
}
