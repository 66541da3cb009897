namespace Attribution.Tests.Speakers;

/// <summary>
/// <c>Remarked scientist Rhea Tallis, “…”</c>: a sentence that opens on a past-tense cue has its subject after it, up
/// to the comma or colon before the quotation; the cue is not part of the name.
/// </summary>
public class InvertedOpeningCueTests
{
    [Theory]
    [InlineData("Remarked harbour scientist Rhea Tallis, “This is a good year for the fish.”", "Rhea Tallis", "Remarked")]
    [InlineData("Explained the head of the harbour board, Ada Lind, “We have no choice at all.”", "Ada Lind", "Explained")]
    [InlineData("Added Rhea Tallis: “But we must be careful with the nets.”", "Rhea Tallis", "Added")]
    public void The_subject_after_an_opening_cue_speaks(string text, string speaker, string cue)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, quote.Text, QuoteKind.Direct, speaker, cue, AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void The_opening_cue_is_not_part_of_the_name()
    {
        var result = Attributed.Run("Rhea Tallis spoke first. Added Tallis: “But we must be careful with the nets.”");

        Assert.Equal("Rhea Tallis", Assert.Single(result.Quotes).Speaker?.Name);
        Assert.DoesNotContain(result.People, p => p.Name.StartsWith("Added", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_opening_is_a_clause_not_an_inverted_cue()
    {
        var quote = Attributed.Single("Asked about the plan, “It will work,” Rhea Tallis said.");

        Assert.Equal("Rhea Tallis", quote.Speaker?.Name);
    }
}
