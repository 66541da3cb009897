namespace Attribution.Tests.Speakers;

public class CueInSentenceRuleTests
{
    [Fact]
    public void Partial_quote_after_a_two_word_cue()
    {
        var quote = Attributed.Single("Anna Berg called for an “urgent review” of the plans.");

        Attributed.Expect(quote, "urgent review", QuoteKind.Partial, "Anna Berg", "called for", AttributionRule.CueInSentence);
        Assert.Equal("Anna Berg", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Mr Hale urged residents to “stay calm”.", "stay calm", "urged")]
    [InlineData("Mr Hale described it as “a good day”.", "a good day", "described")]
    [InlineData("Mr Hale called on drivers to “slow down” near the school.", "slow down", "called on")]
    public void Partial_quote_with_the_cue_earlier_in_the_sentence(string text, string quoted, string cue)
    {
        Attributed.Expect(Attributed.Single(text), quoted, QuoteKind.Partial, "Hale", cue, AttributionRule.CueInSentence);
    }

    [Fact]
    public void Partial_quote_with_the_speaker_and_cue_later_in_the_sentence()
    {
        var quote = Attributed.Single("The “temporary” closure will last a month, Mr Hale said.");

        Attributed.Expect(quote, "temporary", QuoteKind.Partial, "Hale", "said", AttributionRule.CueInSentence);
    }

    [Fact]
    public void Partial_quote_in_a_sentence_with_a_descriptive_subject()
    {
        var quote = Attributed.Single("Police urged drivers to “stay away” from the coast road.");

        Attributed.Expect(quote, "stay away", QuoteKind.Partial, "Police", "urged", AttributionRule.CueInSentence);
    }

    [Fact]
    public void Partial_quote_without_a_cue_has_no_speaker()
    {
        var quote = Attributed.Single("Anna Berg visited a ward that was “far too small for the town it serves”.");

        Attributed.Expect(quote, "far too small for the town it serves", QuoteKind.Partial, null, null, AttributionRule.None);
    }

    [Theory]
    [InlineData("The town council accused the mayor of “siding with criminals.”", "town council")]
    [InlineData("Tom Hale accused the network of “swindling” its viewers.", "Tom Hale")]
    public void Who_accuses_someone_of_quoted_words_says_them(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((speaker, "accused"), (quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Fact]
    public void Who_is_accused_of_quoted_words_does_not_say_them()
    {
        var quotes = Attributed.Run("The mayor was accused of “siding with criminals and thieves in the night.”").Quotes;

        Assert.All(quotes, q => Assert.NotEqual("mayor", q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Senator Ada Lind denounced the council's claims as a “national embarrassment”.")]
    [InlineData("Senator Ada Lind dismissed the report as “a work of fiction”.")]
    public void What_a_person_calls_a_cue_noun_in_the_as_frame_is_that_persons(string text)
    {
        var quote = Attributed.Single(text);

        Assert.Equal("Ada Lind", quote.Speaker?.Name);
    }

    [Fact]
    public void A_cue_noun_right_before_the_quotation_still_gives_its_owner()
    {
        var quote = Attributed.Single("Part of the council's statement read, “the library will close in May.”");

        Assert.Equal("council", quote.Speaker?.Name);
    }
}
