namespace Attribution.Tests.Speakers;

/// <summary>
/// A quotation that stands alone as a sentence after a sentence of the same paragraph about a person is that
/// person's: <c>Chef Oren Bask recalled his first year. “I slept in the kitchen.”</c>
/// </summary>
public class TopicSubjectRuleTests
{
    [Theory]
    [InlineData("Chef Oren Bask recalled his first year. “I slept in the kitchen most nights.”", "Oren Bask")]
    [InlineData("Mayor Ada Lind visited the flooded street. “We will rebuild every house.”", "Ada Lind")]
    [InlineData("Ada Lind came to the town in 1990. Then just 19 years old, she opened a bakery. “I slept in the kitchen most nights.”", "Ada Lind")]
    public void A_quotation_alone_after_a_sentence_about_a_person_is_theirs(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((speaker, AttributionRule.TopicSubject), (quote.Speaker?.Name, quote.Rule));
    }

    [Theory]
    [InlineData("The storm destroyed the pier. “We will rebuild every house.”")]
    [InlineData("The mayor visited the flooded street. “We will rebuild every house.”")]
    [InlineData("Mayor Ada Lind visited the flooded street.\n“We will rebuild every house.”")]
    public void Nobody_is_proposed_after_a_sentence_about_a_thing_or_in_another_paragraph(string text)
    {
        var quote = Attributed.Single(text);

        Assert.NotEqual(AttributionRule.TopicSubject, quote.Rule);
    }

    [Fact]
    public void A_quotation_with_its_own_cue_is_left_to_that_cue()
    {
        var quote = Attributed.Single("Mayor Ada Lind visited the flooded street. “We will rebuild every house,” Tom Hale said.");

        Assert.Equal(("Tom Hale", AttributionRule.SpeakerAfterQuote), (quote.Speaker?.Name, quote.Rule));
    }
}
