namespace Attribution.Tests.Speakers;

public class UnattributedQuoteTests
{
    [Theory]
    [InlineData("“The road will stay closed overnight.”", "The road will stay closed overnight.", QuoteKind.Direct)]
    [InlineData("The site was “a danger to anyone who walks past”, the report found.", "a danger to anyone who walks past", QuoteKind.Partial)]
    [InlineData("Mr Hale visited the port.\n“The road will stay closed overnight.”", "The road will stay closed overnight.", QuoteKind.Direct)]
    public void Quotation_with_no_speaker_anywhere_is_still_reported(string text, string quoted, QuoteKind kind)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, quoted, kind, null, null, AttributionRule.None);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Cue);
        Assert.Equal(0, quote.Confidence);
    }

    [Theory]
    [InlineData("The sign read “Keep out”.")]
    [InlineData("Anna Berg visited the “new” ward.")]
    public void Short_unattributed_fragment_is_taken_for_a_scare_quote_and_left_out(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    [Theory]
    [InlineData("The party chose Jeremy Cohen. Cohen, who goes by his nickname “Spike”, which he has explained comes from a cartoon, spoke first.")]
    [InlineData("Senator Ada Lind, nicknamed “the Iron Lady”, said she would vote against it.")]
    [InlineData("Senator Ada Lind, also known as “the Iron Lady”, said she would vote against it.")]
    public void A_nickname_in_quotation_marks_is_nobodys_words_whatever_cue_stands_near(string text)
    {
        Assert.DoesNotContain(Attributed.Run(text).Quotes, q => q.Kind != QuoteKind.Indirect);
    }

    [Fact]
    public void Unattributed_quotation_sits_among_attributed_ones_in_text_order()
    {
        const string text = "“We agree,” Ms Berg said.\nThe meeting ended at noon.\n“We will meet again.”\n“We do not,” Mr Hale said.";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(["Berg", null, "Hale"], quotes.Select(q => q.Speaker?.Name));
        Assert.Equal([AttributionRule.SpeakerAfterQuote, AttributionRule.None, AttributionRule.SpeakerAfterQuote], quotes.Select(q => q.Rule));
        Assert.True(quotes[0].Start < quotes[1].Start && quotes[1].Start < quotes[2].Start);
    }
}
