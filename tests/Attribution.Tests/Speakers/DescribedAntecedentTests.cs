namespace Attribution.Tests.Speakers;

/// <summary>
/// A sentence-initial <c>he</c> or <c>she</c> after a sentence that names no one but opens with a described person
/// (<c>One of the nurses spoke first.</c>) speaks for that description. A body (<c>The company</c>) is no antecedent,
/// and a verified person in the sentence before wins.
/// </summary>
public class DescribedAntecedentTests
{
    [Fact]
    public void Pronoun_after_one_of_a_group_speaks_for_the_description()
    {
        var result = Attributed.Run("One of the nurses spoke first. She said: “We were exhausted.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We were exhausted.", QuoteKind.Direct, "One of the nurses", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("She", quote.Speaker?.Mention.Text);
        var entry = Assert.Single(result.People);
        Assert.Equal(("One of the nurses", PersonKind.Person), (entry.Name, entry.Kind));
    }

    [Theory]
    [InlineData("The nurse spoke first. She said: “We were exhausted.”", "nurse")]
    [InlineData("The head nurse spoke first. She said: “We were exhausted.”", "head nurse")]
    [InlineData("The nurses spoke first. She said: “We were exhausted.”", "nurses")]
    public void Leading_article_of_the_description_is_dropped(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "We were exhausted.", QuoteKind.Direct, speaker, "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("She", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Description_in_the_previous_paragraph_is_the_antecedent()
    {
        var quote = Attributed.Single("One of the nurses spoke first.\n\nShe said: “We were exhausted.”");

        Attributed.Expect(quote, "We were exhausted.", QuoteKind.Direct, "One of the nurses", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Theory]
    [InlineData("Tom Hale spoke to the nurses. One of the nurses spoke first. She said: “We were exhausted.”")]
    [InlineData("Anna Berg arrived. One of the nurses spoke first. She said: “We were exhausted.”")]
    public void Description_just_before_wins_over_a_person_named_earlier(string text)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "We were exhausted.", QuoteKind.Direct, "One of the nurses", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Verified_person_in_the_sentence_before_wins_over_the_description()
    {
        var quote = Attributed.Single("One of the nurses spoke to Anna Berg. She said: “We were exhausted.”");

        Attributed.Expect(quote, "We were exhausted.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("She", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Body_is_not_an_antecedent_so_the_person_named_earlier_is()
    {
        var quote = Attributed.Single("Tom Hale ran the clinic. The company reported a loss. He said: “We will recover.”");

        Attributed.Expect(quote, "We will recover.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("He", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Body_alone_is_not_an_antecedent()
    {
        var quote = Attributed.Single("The company reported a loss. He said: “We will recover.”");

        Attributed.Expect(quote, "We will recover.", QuoteKind.Direct, null, null, AttributionRule.None);
    }
}
