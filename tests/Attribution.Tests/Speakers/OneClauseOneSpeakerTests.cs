namespace Attribution.Tests.Speakers;

/// <summary>
/// A clause reached by two attributions (<c>A, Ms Berg said, officials said.</c>) was returned twice over the same
/// span, once for each speaker. The words are the speaker's whose cue stands nearer them (Ms Berg's); the farther
/// one reports that speaker saying them.
/// </summary>
public sealed class OneClauseOneSpeakerTests
{
    private static readonly QuoteAttributor Attributor = new();

    [Theory]
    [InlineData("The talks had failed, Ms Berg said, officials said.", "The talks had failed", "Berg")]
    [InlineData("The bridge will close in May, Tom Hale said, the council said.", "The bridge will close in May", "Tom Hale")]
    [InlineData("Prices would rise again, the minister told reporters, aides said on Monday.", "Prices would rise again", "minister")]
    [InlineData("The Herald further reported its source said that the tenant had moved in the day before.", "the tenant had moved in the day before", "its source")]
    public void A_clause_with_two_attributions_is_one_quotation_by_the_nearer_speaker(string text, string clause, string speaker)
    {
        var result = Attributor.Attribute(text);

        var quote = Assert.Single(result.Quotes, q => q.Text == clause);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
    }

    // Found by the fuzz run: two readings of a doubled "according to" started one clause at the same word and ended it
    // in two places, once for each speaker.
    [Theory]
    [InlineData("Rents rose according to According to Ann Bo, costs were up; rents too.", "costs were up; rents too", "Ann Bo")]
    [InlineData("It was said according to According to Ann Bo, the costs were up; rents rose too.", "the costs were up; rents rose too", "Ann Bo")]
    [InlineData("y according to\u00A0According to O,e was n;a", "e was n;a", "O")]
    public void A_clause_read_twice_from_the_same_word_is_one_quotation_by_the_nearer_speaker(string text, string clause, string speaker)
    {
        var result = Attributor.Attribute(text);

        var quote = Assert.Single(result.Quotes);
        Assert.Equal(clause, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }
}
