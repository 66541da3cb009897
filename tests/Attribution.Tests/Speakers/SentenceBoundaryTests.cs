namespace Attribution.Tests.Speakers;

/// <summary>A quotation closed by a full stop ends its sentence: the next sentence's speaker does not take it.</summary>
public class SentenceBoundaryTests
{
    [Fact]
    public void Each_sentence_keeps_its_own_speaker()
    {
        var quotes = Attributed.Run("Tom Hale tweeted “We are ready.” Anna Berg remarked, “We are not.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.Equal(
            ("We are ready.", "Tom Hale", "tweeted", AttributionRule.SpeakerBeforeQuote),
            (quotes[0].Text, quotes[0].Speaker?.Name, quotes[0].Cue?.Text, quotes[0].Rule));
        Attributed.Expect(quotes[1], "We are not.", QuoteKind.Direct, "Anna Berg", "remarked", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Each_sentence_keeps_its_own_speaker_with_a_longer_first_quotation()
    {
        var quotes = Attributed.Run("Tom Hale tweeted “We are ready for the storm tonight.” Anna Berg remarked, “We are not.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(
            quotes[0], "We are ready for the storm tonight.", QuoteKind.Direct, "Tom Hale", "tweeted", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(quotes[1], "We are not.", QuoteKind.Direct, "Anna Berg", "remarked", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Quotation_ending_in_a_full_stop_is_not_taken_by_the_next_sentence()
    {
        var quote = Attributed.Single("“We are ready for the storm.” Anna Berg remarked on the radio.");

        Attributed.Expect(quote, "We are ready for the storm.", QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Fact]
    public void Quotation_ending_in_a_comma_is_taken_by_the_words_after_it()
    {
        var quote = Attributed.Single("“We are ready for the storm,” Anna Berg remarked on the radio.");

        Attributed.Expect(quote, "We are ready for the storm,", QuoteKind.Direct, "Anna Berg", "remarked", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Attribution_after_a_comma_quote_does_not_reach_into_the_next_sentence()
    {
        var quotes = Attributed.Run("“We are ready for the storm,” Tom Hale said. Anna Berg remarked, “We are not.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We are ready for the storm,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "We are not.", QuoteKind.Direct, "Anna Berg", "remarked", AttributionRule.SpeakerBeforeQuote);
    }
}
