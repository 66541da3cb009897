namespace Attribution.Tests.Speakers;

public class SplitQuoteRuleTests
{
    [Fact]
    public void Second_half_after_she_said_has_the_same_speaker()
    {
        const string text = "Health Minister Anna Berg visited the hospital.\n“We will open the wards,” she said. “The money is there.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We will open the wards,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "The money is there.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SplitQuote);
        Assert.Equal("she", quotes[1].Speaker?.Mention.Text);
    }

    [Fact]
    public void Second_half_after_a_named_attribution_has_the_same_speaker()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said. “We will meet again.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[1], "We will meet again.", QuoteKind.Direct, "Berg", "said", AttributionRule.SplitQuote);
    }

    [Fact]
    public void A_few_trailing_words_after_the_cue_are_allowed()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said in a statement. “We will meet again.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[1], "We will meet again.", QuoteKind.Direct, "Berg", "said", AttributionRule.SplitQuote);
    }

    [Fact]
    public void He_said_between_halves_keeps_the_man_as_speaker()
    {
        const string text = "Mr Tom Hale met Ms Anna Berg on Monday.\n“The talks went well,” he said. “We will meet again.”";

        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "The talks went well,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "We will meet again.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SplitQuote);
    }

    [Fact]
    public void Split_quote_with_an_unresolvable_pronoun_has_no_speaker_for_either_half()
    {
        var quotes = Attributed.Run("“We will open the wards,” she said. “The money is there.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal((null, AttributionRule.None), (q.Speaker, q.Rule)));
    }
    [Theory]
    [InlineData("“We were fans first,” Ms Berg observed during a question and answer session. “Now we make the shows.”")]
    [InlineData("“We were fans first,” Ms Berg said, having declined to comment earlier. “Now we make the shows.”")]
    public void A_cue_word_in_its_bare_form_between_the_halves_is_no_new_attribution(string text)
    {
        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal(["Berg", "Berg"], quotes.Select(q => q.Speaker?.Name));
        Assert.Equal(AttributionRule.SplitQuote, quotes[1].Rule);
    }

    [Fact]
    public void An_attribution_in_the_past_between_the_halves_stops_the_split()
    {
        var quotes = Attributed.Run("“We were fans first,” Ms Berg said, and Mr Hale replied at once. “Now we make the shows.”").Quotes;

        Assert.NotEqual(AttributionRule.SplitQuote, quotes[1].Rule);
    }
}
