using Attribution.People;
using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>A surname with an honorific joins the nearest earlier person whose gender does not clash with it.</summary>
public class SurnameGenderTests
{
    [Fact]
    public void Ms_and_surname_skips_a_nearer_man_with_that_surname()
    {
        var (mentions, index) = Index("Ms Anna Berg and Mr Lars Berg arrived. Ms Berg spoke first.");

        var last = mentions.FindIndex(m => m.NameWords == 1);

        Assert.Equal(["Anna Berg", "Lars Berg"], index.People.Select(p => p.Name));
        Assert.Equal("Anna Berg", index.People[index.PersonOf(last)].Name);
        Assert.Equal(Gender.Female, index.People[index.PersonOf(last)].Gender);
    }

    [Fact]
    public void Mr_and_surname_joins_the_man()
    {
        var result = Attributed.Run("Ms Anna Berg and Mr Lars Berg arrived. Mr Berg spoke first.");

        Assert.Equal(["Ms Anna Berg"], result.People[0].Mentions.Select(m => m.Text));
        Assert.Equal(["Mr Lars Berg", "Mr Berg"], result.People[1].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Order_of_introduction_does_not_matter()
    {
        var result = Attributed.Run("Mr Lars Berg and Ms Anna Berg arrived. Ms Berg spoke first.");

        Assert.Equal(["Lars Berg", "Anna Berg"], result.People.Select(p => p.Name));
        Assert.Equal(["Ms Anna Berg", "Ms Berg"], result.People[1].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Speaker_named_by_Ms_and_surname_is_the_woman()
    {
        var result = Attributed.Run("Ms Anna Berg and Mr Lars Berg arrived. “We are glad,” Ms Berg said.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We are glad,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal(["Ms Anna Berg", "Ms Berg"], result.People[0].Mentions.Select(m => m.Text));
    }
}
