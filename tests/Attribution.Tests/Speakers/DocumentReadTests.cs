namespace Attribution.Tests.Speakers;

/// <summary>
/// <c>read</c> is a cue only for a person: a document whose author is a person named earlier (<c>the decree signed
/// by the Governor</c>) speaks for them, a sign or a decree with no person behind it speaks for nobody.
/// </summary>
public class DocumentReadTests
{
    [Fact]
    public void Document_signed_by_a_titled_person_is_theirs()
    {
        var quote = Attributed.Single("Governor Tom Hale arrived. The decree signed by the Governor read “The park stays open for everyone.”");

        Attributed.Expect(quote, "The park stays open for everyone.", QuoteKind.Direct, "Tom Hale", "read", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("the Governor", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Document_signed_by_a_role_two_people_hold_is_the_one_named_last()
    {
        var quote = Attributed.Single(
            "Governor Tom Hale arrived. Governor Lena Holt arrived. The decree signed by the Governor read “The park stays open for everyone.”");

        Attributed.Expect(quote, "The park stays open for everyone.", QuoteKind.Direct, "Lena Holt", "read", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Person_who_reads_aloud_speaks()
    {
        var quote = Attributed.Single("Tom Hale read “The park stays open for everyone.”");

        Attributed.Expect(quote, "The park stays open for everyone.", QuoteKind.Direct, "Tom Hale", "read", AttributionRule.SpeakerBeforeQuote);
    }

    [Theory]
    [InlineData("The sign on the gate read “Keep the gate closed at all times, please”.", "Keep the gate closed at all times, please")]
    [InlineData("The decree read “The park stays open for everyone until the spring.”", "The park stays open for everyone until the spring.")]
    [InlineData("Governor Tom Hale arrived. The sign read “The park stays open for everyone.”", "The park stays open for everyone.")]
    public void Sign_or_document_with_no_person_behind_it_has_no_speaker(string text, string quoted)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, quoted, QuoteKind.Direct, null, null, AttributionRule.None);
    }
    [Theory]
    [InlineData("The Brenner family's statement read: “We thank everyone for their kindness.”", "Brenner family")]
    [InlineData("Part of Judge Amos Kell's letter reads “The law does not allow this appeal.”", "Amos Kell")]
    [InlineData("Judge Amos Kell heard the case. Part of the judge's statement reads “The law does not allow this appeal.”", "Amos Kell")]
    public void The_owner_of_a_statement_that_reads_out_words_speaks(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((speaker, AttributionRule.SpeakerBeforeQuote), (quote.Speaker?.Name, quote.Rule));
    }
}
