namespace Attribution.Tests.Speakers;

/// <summary>
/// How a speaker phrase is read: a title and an <c>of</c> phrase around a name, a description with a name in apposition,
/// a possessive description after <c>according to</c>, and a speaker whose words introduce only the next quotation.
/// </summary>
public class SpeakerPhraseTests
{
    [Fact]
    public void Person_before_of_wins_over_the_body_after_it()
    {
        var quote = Attributed.Single("Cardinal Tom Hale of the Holy Order said, “We will pray.”");

        Attributed.Expect(quote, "We will pray.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Cardinal Tom Hale", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Name_in_apposition_after_a_description_is_the_speaker()
    {
        var quote = Attributed.Single("“It works,” said the university's chancellor, Lena Holt.");

        Attributed.Expect(quote, "It works,", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void According_to_a_possessive_description_is_not_the_person_named_after_it()
    {
        var result = Attributed.Run("Tom Hale was born in Riverton. According to his publicist, Hale died peacefully.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "Hale died peacefully", QuoteKind.Indirect, "his publicist", "According to", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Speaker_of_the_next_quotation_does_not_take_the_previous_one()
    {
        var quotes = Attributed.Run("Anna Berg said, “Will it end?” Tom Hale said, “Soon.”").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "Will it end?", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote),
            q => Attributed.Expect(q, "Soon.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote));
    }
}
