namespace Attribution.Tests.Speakers;

public class DescriptionSpeakerTests
{
    [Theory]
    [InlineData("“The road will stay closed overnight,” police said.", "police", "police")]
    [InlineData("“The road will stay closed overnight,” said police.", "police", "police")]
    [InlineData("“The road will stay closed overnight,” a spokesperson for the city council said.", "spokesperson for the city council", "a spokesperson for the city council")]
    [InlineData("“The road will stay closed overnight,” the mayor said.", "mayor", "the mayor")]
    public void Description_after_the_quotation_is_the_speaker_without_its_article(string text, string name, string mention)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "The road will stay closed overnight,", QuoteKind.Direct, name, "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal(mention, quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Description_before_the_quotation_keeps_its_article_only_in_the_mention()
    {
        var quote = Attributed.Single("A spokesperson for the city council said: “The road will stay closed overnight.”");

        Assert.Equal("spokesperson for the city council", quote.Speaker?.Name);
        Assert.Equal("A spokesperson for the city council", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Description_is_less_certain_than_a_name()
    {
        var described = Attributed.Single("“The road will stay closed overnight,” police said.");
        var named = Attributed.Single("“The road will stay closed overnight,” Mr Hale said.");

        Assert.True(described.Confidence < named.Confidence);
    }

    [Fact]
    public void A_described_speaker_has_an_entry_of_its_own_and_no_titles()
    {
        var result = Attributed.Run("“The road will stay closed overnight,” a spokesperson for the city council said.");

        var entry = result.People[Assert.Single(result.Quotes).Speaker!.Person];
        Assert.Equal(("spokesperson for the city council", PersonKind.Person, 0), (entry.Name, entry.Kind, entry.Titles.Count));
        Assert.Equal("a spokesperson for the city council", Assert.Single(entry.Mentions).Text);
    }

    [Theory]
    [InlineData("The bus crashed. Fifteen-year-old Robert said “I thought we had hit the side of the tunnel”.", "Robert")]
    [InlineData("The bus crashed. Fourteen-year-old Zoe, on the top deck, said “everyone started screaming at once”.", "Zoe")]
    public void An_age_before_a_described_speakers_words_is_no_part_of_the_name(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("Ann Lee died in May. Lee's son said she had been in “excellent health for her age”.", "Lee's son")]
    [InlineData("Ann Lee died in May. Lee's animal foundation said she had been in “excellent health for her age”.", "Lee's animal foundation")]
    public void A_possessive_name_owns_the_speaker_and_is_not_the_speaker(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }
}
