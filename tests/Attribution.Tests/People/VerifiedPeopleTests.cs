using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>
/// A person is verified when a title or honorific marks them or the first-name table knows their first name. A
/// capitalised pair that nothing verifies (a firm, a place, an unusual name) stays out of the people list unless it
/// speaks.
/// </summary>
public class VerifiedPeopleTests
{
    [Theory]
    [InlineData("Anna Berg arrived in Riverton.", true)]
    [InlineData("Ms Kesti Varn arrived in Riverton.", true)]
    [InlineData("Dr Kesti Varn arrived in Riverton.", true)]
    [InlineData("Kesti Varn arrived in Riverton.", false)]
    [InlineData("Greenfield Homes reported a loss on Monday.", false)]
    public void Person_is_verified_by_a_title_or_a_known_first_name(string text, bool verified)
    {
        var (_, index) = Index(text);

        Assert.Equal(verified, Assert.Single(index.People).Verified);
    }

    [Theory]
    [InlineData("Kesti Varn arrived in Riverton.")]
    [InlineData("The firm hired Kesti Varn in May.")]
    [InlineData("Greenfield Homes reported a loss on Monday.")]
    [InlineData("The ferry left Riverton Harbour at noon.")]
    public void Unverified_capitalised_pair_that_does_not_speak_is_not_a_person(string text)
    {
        Assert.Empty(Attributed.Run(text).People);
    }

    [Fact]
    public void Verified_person_is_listed_and_the_firm_beside_them_is_not()
    {
        var result = Attributed.Run("Anna Berg joined Greenfield Homes in May.");

        Assert.Equal(["Anna Berg"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Place_named_before_a_speaker_is_not_a_person()
    {
        var result = Attributed.Run("The ferry left Riverton Harbour at noon. Anna Berg said: “It was late.”");

        Attributed.Expect(Assert.Single(result.Quotes), "It was late.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal(["Anna Berg"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Titled_person_with_an_unknown_first_name_is_listed()
    {
        var person = Assert.Single(Attributed.Run("Dr Kesti Varn arrived in Riverton.").People);

        Assert.Equal("Kesti Varn", person.Name);
        Assert.Equal(["Dr Kesti Varn"], person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("Kesti Varn said: “We are ready for the storm.”", "Kesti Varn")]
    [InlineData("Greenfield Homes said: “We will recover by the spring.”", "Greenfield Homes")]
    public void Unverified_pair_that_speaks_is_listed(string text, string name)
    {
        var result = Attributed.Run(text);

        Assert.Equal(name, Assert.Single(result.Quotes).Speaker?.Name);
        Assert.Equal([name], result.People.Select(p => p.Name));
    }
}
