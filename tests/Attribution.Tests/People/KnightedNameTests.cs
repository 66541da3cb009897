using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>Knights and dames are also called by first name: <c>Sir Tom</c> is Sir Tom Hale.</summary>
public class KnightedNameTests
{
    [Theory]
    [InlineData("Sir Tom Hale arrived.", true)]
    [InlineData("Dame Anna Berg arrived.", true)]
    [InlineData("Prime Minister Sir Tom Hale arrived.", true)]
    [InlineData("Mr Tom Hale arrived.", false)]
    [InlineData("Dr Anna Berg arrived.", false)]
    [InlineData("Tom Hale arrived.", false)]
    public void Sir_and_Dame_mark_the_mention_as_knighted(string text, bool knighted)
    {
        Assert.Equal(knighted, Assert.Single(Mentions(text).Mentions).Knighted);
    }

    [Fact]
    public void Sir_and_first_name_joins_the_knight()
    {
        var result = Attributed.Run("Sir Tom Hale opened the library. “Books matter,” Sir Tom said.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "Books matter,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Sir Tom", quote.Speaker?.Mention.Text);
        var person = Assert.Single(result.People);
        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(["Sir Tom Hale", "Sir Tom"], person.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Dame_and_first_name_joins_the_dame()
    {
        var result = Attributed.Run("Dame Anna Berg opened the library. “Books matter,” Dame Anna said.");

        Assert.Equal("Anna Berg", Assert.Single(result.Quotes).Speaker?.Name);
        Assert.Equal(["Dame Anna Berg", "Dame Anna"], Assert.Single(result.People).Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Sir_and_first_name_before_the_quotation()
    {
        var result = Attributed.Run("Sir Tom Hale opened the library. Sir Tom said: “Books matter.”");

        Attributed.Expect(Assert.Single(result.Quotes), "Books matter.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Single(result.People);
    }

    [Fact]
    public void First_name_without_Sir_does_not_join_the_knight()
    {
        var (mentions, index) = Index("Sir Tom Hale opened the library. Later, Tom left.");

        var person = Assert.Single(index.People);
        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(1, person.Mentions.Length);
        Assert.Equal(-1, index.PersonOf(mentions.FindIndex(m => m.Name == "Tom")));
    }

    [Fact]
    public void Sir_and_first_name_joins_the_first_knight_with_that_first_name()
    {
        var result = Attributed.Run("Sir Tom Hale and Sir Tom Berg arrived. “Books matter,” Sir Tom said.");

        Assert.Equal("Tom Hale", Assert.Single(result.Quotes).Speaker?.Name);
        Assert.Equal(["Tom Hale", "Tom Berg"], result.People.Select(p => p.Name));
    }
}
