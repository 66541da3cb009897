namespace Attribution.Tests.Speakers;

/// <summary>
/// Inside a speaker phrase a name wins over the words around it when it is a verified person (<c>Lena Holt of
/// Greenfield Homes</c>, <c>the Riverton mayor, Lena Holt</c>), or when a lower-case role word introduces it at the
/// phrase's end (<c>eyewitness Kesti Varn</c>) even though the first-name table does not know it.
/// </summary>
public class VerifiedNameInPhraseTests
{
    [Theory]
    [InlineData("According to eyewitness Kesti Varn, the bridge collapsed at noon.")]
    [InlineData("According to the witness Kesti Varn, the bridge collapsed at noon.")]
    public void Role_word_introduces_an_unverified_name_after_according_to(string text)
    {
        var result = Attributed.Run(text);

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "the bridge collapsed at noon", QuoteKind.Indirect, "Kesti Varn", "According to", AttributionRule.ReportedSpeech);
        Assert.Equal("Kesti Varn", quote.Speaker?.Mention.Text);
        Assert.Equal(["Kesti Varn"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Role_word_introduces_an_unverified_name_after_said()
    {
        var quote = Attributed.Single("“The bridge fell,” said eyewitness Kesti Varn.");

        Attributed.Expect(quote, "The bridge fell,", QuoteKind.Direct, "Kesti Varn", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Verified_person_before_of_wins_over_the_firm_after_it()
    {
        var result = Attributed.Run("Lena Holt of Greenfield Homes said, “We will rebuild.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We will rebuild.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Lena Holt", quote.Speaker?.Mention.Text);
        Assert.Equal(["Lena Holt"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Verified_person_in_apposition_after_according_to_a_role_is_the_source()
    {
        var result = Attributed.Run("According to the Riverton mayor, Lena Holt, the road was closed.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "the road was closed", QuoteKind.Indirect, "Lena Holt", "According to", AttributionRule.ReportedSpeech);
        Assert.Equal(["Lena Holt"], result.People.Select(p => p.Name));
    }
    [Fact]
    public void A_second_subject_after_and_is_the_name_it_opens_with()
    {
        var quotes = Attributed.Run(
            "Councillors attacked the plan, with Tom Hale of Riverton calling it “a disgrace” and Lena Holt of Westmarch calling the scheme “a waste of public money”.").Quotes;

        Assert.Equal(("a waste of public money", "Lena Holt"), (quotes[^1].Text, quotes[^1].Speaker?.Name));
    }
}
