using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>
/// A regal title (<c>Queen</c>, <c>Pope</c>, <c>King</c> …) before a single given name, or a given name and a regnal
/// number, is part of the name the holder goes by; the given name alone is what later mentions repeat.
/// </summary>
public class RegalNameTests
{
    [Theory]
    [InlineData("Queen Anna II visited the town.", "Queen Anna II", "Anna")]
    [InlineData("Pope Leo visited the town.", "Pope Leo", "Leo")]
    [InlineData("King Tom III visited the town.", "King Tom III", "Tom")]
    public void Regal_title_stays_in_the_name_and_the_given_name_is_what_repeats(string text, string name, string repeated)
    {
        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal((name, repeated, (string?)null), (mention.Name, mention.Surname, mention.FirstName));
    }

    [Fact]
    public void Regal_title_before_a_full_name_is_an_ordinary_title()
    {
        var mention = Assert.Single(Mentions("Prince Tom Hale visited the town.").Mentions);

        Assert.Equal(("Tom Hale", "Hale", "Tom"), (mention.Name, mention.Surname, mention.FirstName));
    }

    [Fact]
    public void Regnal_name_speaks_under_its_full_name()
    {
        var result = Attributed.Run("Queen Anna II said: “We are grateful.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We are grateful.", QuoteKind.Direct, "Queen Anna II", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Queen Anna II", quote.Speaker?.Mention.Text);
        Assert.Equal(["Queen Anna II"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Bare_given_name_after_a_regal_name_is_the_same_person()
    {
        var result = Attributed.Run("Pope Leo visited Riverton. “We pray for peace,” Leo said.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We pray for peace,", QuoteKind.Direct, "Pope Leo", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Leo", quote.Speaker?.Mention.Text);

        var person = Assert.Single(result.People);
        Assert.Equal("Pope Leo", person.Name);
        Assert.Equal(["Pope"], person.Titles);
        Assert.Equal(["Pope Leo", "Leo"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Bare_given_name_after_a_regnal_name_is_the_same_person()
    {
        var result = Attributed.Run("Queen Anna II visited Riverton. “We are grateful,” Anna said.");

        Attributed.Expect(Assert.Single(result.Quotes), "We are grateful,", QuoteKind.Direct, "Queen Anna II", "said", AttributionRule.SpeakerAfterQuote);
        var person = Assert.Single(result.People);
        Assert.Equal(["Queen Anna II", "Anna"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void The_Pope_after_a_regal_name_is_that_person()
    {
        var quote = Attributed.Single("Pope Leo visited Riverton. “We pray for peace,” the Pope said.");

        Attributed.Expect(quote, "We pray for peace,", QuoteKind.Direct, "Pope Leo", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("the Pope", quote.Speaker?.Mention.Text);
    }
}
