using Attribution.People;
using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>
/// Where no honorific tells, a person's gender is the usual gender of the first name in the shipped table, so a
/// pronoun finds the right person even when someone of the other gender was named closer to it.
/// </summary>
public class FirstNameGenderTests
{
    [Fact]
    public void Person_without_an_honorific_takes_the_gender_of_the_first_name()
    {
        var (_, index) = Index("Anna Berg arrived. Tom Hale arrived.");

        Assert.Equal(
            [("Anna Berg", Gender.Female), ("Tom Hale", Gender.Male)],
            index.People.Select(p => (p.Name, p.Gender)));
    }

    [Fact]
    public void First_name_the_table_does_not_know_leaves_the_gender_unknown()
    {
        var (_, index) = Index("Kesti Varn arrived.");

        var person = Assert.Single(index.People);
        Assert.Equal(("Kesti Varn", Gender.Unknown), (person.Name, person.Gender));
    }

    [Fact]
    public void Honorific_wins_over_the_first_name()
    {
        var (_, index) = Index("Ms Tom Hale arrived.");

        Assert.Equal(Gender.Female, Assert.Single(index.People).Gender);
    }

    [Fact]
    public void She_skips_the_nearer_man_for_the_woman_named_by_first_name_only()
    {
        var result = Attributed.Run("Anna Berg arrived. Tom Hale arrived. She said: “We are ready.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We are ready.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("She", quote.Speaker?.Mention.Text);
        Assert.Equal(["Anna Berg", "She"], result.People[0].Mentions.Select(m => m.Text));
    }

    [Fact]
    public void He_skips_the_nearer_woman_for_the_man_named_by_first_name_only()
    {
        var quote = Attributed.Single("Tom Hale arrived. Anna Berg arrived. He said: “We are ready.”");

        Attributed.Expect(quote, "We are ready.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("He", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Each_pronoun_finds_the_person_of_its_gender()
    {
        var quotes = Attributed.Run("Anna Berg arrived. Tom Hale arrived. She said: “We are ready.”\n\nHe said: “So are we.”").Quotes;

        Assert.Collection(
            quotes,
            q => Attributed.Expect(q, "We are ready.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote),
            q => Attributed.Expect(q, "So are we.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote));
    }
}
