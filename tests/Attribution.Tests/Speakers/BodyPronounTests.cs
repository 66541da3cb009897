namespace Attribution.Tests.Speakers;

/// <summary>
/// A sentence-initial <c>it</c> or <c>they</c> refers to the body or group the sentence before opens with; a person is
/// <c>he</c> or <c>she</c>, and a plural is not <c>it</c>.
/// </summary>
public class BodyPronounTests
{
    [Theory]
    [InlineData("The Orion Institute criticised the plan on Monday. It said, “The dredging will harm the reef.”", "Orion Institute")]
    [InlineData("This Thursday the Harbour Safety Board (HSB) also rejected the move. It said, “We cannot accept any risk.”", "Harbour Safety Board")]
    [InlineData("The researchers examined three reefs off the coast. They reported, “Algae disrupt the microbiome of coral.”", "researchers")]
    public void It_or_they_is_the_body_that_opens_the_sentence_before(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(text.Contains(" It ", StringComparison.Ordinal) ? "It" : "They", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Ada Lind visited the reef on Monday. They said, “It is dying.”")]
    [InlineData("The researchers examined three reefs off the coast. It said, “Algae disrupt the microbiome of coral.”")]
    public void A_person_or_a_plural_is_no_antecedent(string text)
    {
        var quote = Attributed.Single(text);

        Assert.NotEqual("Ada Lind", quote.Speaker?.Name);
        Assert.NotEqual("researchers", quote.Speaker?.Name);
    }
}
