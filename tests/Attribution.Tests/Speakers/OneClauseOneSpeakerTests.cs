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
}
