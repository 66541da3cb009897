namespace Attribution.Tests.Speakers;

/// <summary>
/// A definite role (<c>The President</c>) that is the title of a person named earlier is that person, the one
/// named most recently when several hold it; an indefinite role (<c>A president</c>) is not linked to anyone.
/// </summary>
public class RoleCoreferenceTests
{
    [Theory]
    [InlineData("President Anna Berg opened the session. The President insists that the budget must pass.", "The President")]
    [InlineData("President Anna Berg opened the session. The president insists that the budget must pass.", "The president")]
    public void Definite_role_is_the_person_who_holds_the_title(string text, string mention)
    {
        var result = Attributed.Run(text);

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "Anna Berg", "insists", AttributionRule.ReportedSpeech);
        Assert.Equal(mention, quote.Speaker?.Mention.Text);
        var person = Assert.Single(result.People);
        Assert.Equal(("Anna Berg", "President"), (person.Name, Assert.Single(person.Titles)));
    }

    [Fact]
    public void Definite_role_held_by_two_people_is_the_one_named_last()
    {
        var quote = Attributed.Single(
            "President Anna Berg opened the session. President Tom Hale opened another. The President insists that the budget must pass.");

        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "Tom Hale", "insists", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Definite_role_is_the_holder_named_last_even_when_named_again_after_the_other()
    {
        var quote = Attributed.Single(
            "President Anna Berg opened the session. President Tom Hale opened another. Ms Berg closed both. "
            + "The President insists that the budget must pass.");

        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "Anna Berg", "insists", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Indefinite_role_is_not_linked_to_the_person_who_holds_the_title()
    {
        var quote = Attributed.Single("President Anna Berg opened the session. A president said that the budget must pass.");

        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "president", "said", AttributionRule.ReportedSpeech);
        Assert.Equal("A president", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Definite_role_nobody_holds_stays_a_description()
    {
        var quote = Attributed.Single("President Anna Berg opened the session. The Governor insists that the budget must pass.");

        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "Governor", "insists", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Definite_role_before_anyone_is_named_stays_a_description()
    {
        var quote = Attributed.Single("The President insists that the budget must pass.");

        Attributed.Expect(quote, "the budget must pass", QuoteKind.Indirect, "President", "insists", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Regal_title_is_a_role_the_holder_answers_to()
    {
        var quote = Assert.Single(Attributed.Run("Queen Anna II visited Riverton. “We are grateful to everyone here,” the Queen said.").Quotes);

        Assert.Equal("Queen Anna II", quote.Speaker?.Name);
    }
}
