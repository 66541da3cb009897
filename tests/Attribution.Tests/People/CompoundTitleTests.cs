using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>Every capitalised word from the first title word to the name is the title; a title needs a head or honorific.</summary>
public class CompoundTitleTests
{
    [Fact]
    public void Long_office_is_one_title()
    {
        const string text = "Deputy Emergency Planning Minister Lena Holt visited the flooded town.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Lena Holt", mention.Name);
        Assert.Equal("Deputy Emergency Planning Minister", mention.Title);
        Assert.Equal("Deputy Emergency Planning Minister Lena Holt", SpanText(text, mention));
    }

    [Fact]
    public void Long_office_through_the_public_api()
    {
        var result = Attributed.Run("Deputy Emergency Planning Minister Lena Holt said: “The river is rising fast.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "The river is rising fast.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerBeforeQuote);
        var person = Assert.Single(result.People);
        Assert.Equal("Lena Holt", person.Name);
        Assert.Equal(["Deputy Emergency Planning Minister"], person.Titles);
    }

    [Theory]
    [InlineData("Former Mayor Tom Hale praised the crew.", "Former Mayor")]
    [InlineData("Ex Mayor Tom Hale praised the crew.", "Ex Mayor")]
    [InlineData("Interim Director Tom Hale praised the crew.", "Interim Director")]
    public void Former_and_similar_qualify_a_title_with_a_head(string text, string title)
    {
        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal(("Tom Hale", title), (mention.Name, mention.Title));
    }
}
