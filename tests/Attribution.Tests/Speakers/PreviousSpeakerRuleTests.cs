namespace Attribution.Tests.Speakers;

public class PreviousSpeakerRuleTests
{
    [Fact]
    public void Quotation_opening_the_next_paragraph_without_a_cue_continues_the_speaker()
    {
        var quotes = Attributed.Run("“We will open the new wards in spring,” Ms Berg said.\n“Staff will be hired over the summer.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We will open the new wards in spring,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "Staff will be hired over the summer.", QuoteKind.Direct, "Berg", "said", AttributionRule.PreviousSpeaker);
    }

    [Fact]
    public void Next_paragraph_with_its_own_cue_keeps_its_own_speaker()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said.\n“We do not,” Mr Hale said.").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[1], "We do not,", QuoteKind.Direct, "Hale", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Paragraph_without_quotations_in_between_breaks_the_chain()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said.\nThe meeting ended at noon.\n“We will meet again.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[1], "We will meet again.", QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Fact]
    public void Quotation_not_at_the_start_of_its_paragraph_does_not_continue_the_speaker()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said.\nThe sign on the door read “Closed until Friday for urgent repairs”.").Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal((null, AttributionRule.None), (quotes[1].Speaker, quotes[1].Rule));
    }
}
