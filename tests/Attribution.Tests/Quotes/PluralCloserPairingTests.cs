using Attribution.Quotes;
using Attribution.Tests.Speakers;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Quotes;

/// <summary>
/// A single closing mark after a plural (<c>the Hales’</c>) is usually an apostrophe, but when the next single mark
/// opens a quotation it closed this one: <c>‘Life with the Hales’ and ‘Ten Out of Ten’</c> are two quotations.
/// </summary>
public class PluralCloserPairingTests
{
    private static string[] Contents(string text)
    {
        var document = Parse(text);
        return [.. QuoteFinder.Find(document).Select(q => document[q.Content].ToString())];
    }

    [Theory]
    [InlineData("The shows ‘Life with the Hales’ and ‘Ten Out of Ten’ return.", "Life with the Hales", "Ten Out of Ten")]
    [InlineData("The shows ‘Life with the Hales’ and 'Ten Out of Ten' return.", "Life with the Hales", "Ten Out of Ten")]
    [InlineData("The shows ‘Ten Out of Ten’ and ‘Life with the Hales’ return.", "Ten Out of Ten", "Life with the Hales")]
    public void Closer_after_a_plural_pairs_when_the_next_single_mark_opens(string text, string first, string second)
    {
        var document = Parse(text);
        var quotes = QuoteFinder.Find(document);

        Assert.Equal([first, second], quotes.Select(q => document[q.Content].ToString()));
        Assert.All(quotes, q => Assert.Equal((0, true), (q.Depth, q.IsClosed)));
    }

    [Fact]
    public void Lone_quotation_ending_in_a_plural_still_closes()
    {
        Assert.Equal(["Life with the Hales"], Contents("The show ‘Life with the Hales’ returns tonight."));
    }

    [Fact]
    public void Plural_possessives_with_no_quotation_make_none()
    {
        Assert.Empty(Contents("The Hales’ house and the Bergs’ barn burned."));
    }

    [Fact]
    public void Paired_titles_with_a_speaker_are_both_kept()
    {
        var quotes = Attributed.Run("The shows ‘Life with the Hales’ and ‘Ten Out of Ten’ return tonight, Anna Berg said.").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "Life with the Hales", QuoteKind.Partial, "Anna Berg", "said", AttributionRule.CueInSentence),
            q => Attributed.Expect(q, "Ten Out of Ten", QuoteKind.Partial, "Anna Berg", "said", AttributionRule.CueInSentence));
    }
}
