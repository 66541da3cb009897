using Attribution.People;
using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

public class PersonIndexTests
{
    // ---- Merging mentions into people ----

    [Fact]
    public void Honorific_and_surname_joins_the_full_name_and_the_full_name_is_canonical()
    {
        var (mentions, index) = Index("Tom Hale arrived. Later, Mr Hale spoke.");

        var person = Assert.Single(index.People);

        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal([0, 0], Enumerable.Range(0, mentions.Count).Select(index.PersonOf));
    }

    [Theory]
    [InlineData("Gloria La Riva arrived. Later, La Riva spoke.", "Gloria La Riva")]
    [InlineData("Marco De Santis arrived. Later, De Santis spoke.", "Marco De Santis")]
    [InlineData("Van Morrison arrived. Later, Van Morrison spoke.", "Van Morrison")]
    public void Surname_that_opens_on_a_particle_joins_the_full_name(string text, string name)
    {
        var (mentions, index) = Index(text);

        var person = Assert.Single(index.People);

        Assert.Equal(name, person.Name);
        Assert.Equal([0, 0], Enumerable.Range(0, mentions.Count).Select(index.PersonOf));
    }

    [Fact]
    public void A_pronoun_after_a_particle_surname_is_that_persons()
    {
        var quotes = Attributed.Run(
            "Host Kaia Lind asked the questions. Gloria La Riva spoke first. La Riva described the war as a “horrible” waste. " +
            "She called it a “genocidal war.”").Quotes;
        var quote = quotes[^1];

        Assert.Equal("Gloria La Riva", quote.Speaker?.Name);
    }

    [Fact]
    public void Surname_mentioned_before_the_full_name_joins_the_first_later_person()
    {
        var (_, index) = Index("Mr Hale arrived. Later, Tom Hale spoke.");

        var person = Assert.Single(index.People);

        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(2, person.Mentions.Length);
    }

    [Fact]
    public void Same_surname_with_different_first_names_makes_two_people()
    {
        var (_, index) = Index("Anna Berg and Lars Berg arrived.");

        Assert.Equal(["Anna Berg", "Lars Berg"], index.People.Select(p => p.Name));
    }

    [Fact]
    public void Bare_surname_joins_the_nearest_earlier_person_with_that_surname()
    {
        var (mentions, index) = Index("Anna Berg spoke first. Lars Berg spoke next. Later, Berg left.");

        var last = mentions.FindIndex(m => m.NameWords == 1);

        Assert.Equal("Lars Berg", index.People[index.PersonOf(last)].Name);
    }

    [Fact]
    public void Bare_single_word_with_no_known_surname_is_not_a_person()
    {
        var (mentions, index) = Index("Later, Hale left.");

        Assert.Single(mentions);
        Assert.Empty(index.People);
        Assert.Equal(-1, index.PersonOf(0));
    }

    [Fact]
    public void Titled_surname_alone_is_a_person()
    {
        var (_, index) = Index("Ms Berg arrived.");

        var person = Assert.Single(index.People);

        Assert.Equal("Berg", person.Name);
        Assert.Equal(Gender.Female, person.Gender);
    }

    // ---- Gender and titles ----

    [Fact]
    public void Gender_comes_from_an_honorific_on_any_mention()
    {
        var (_, index) = Index("Anna Berg and Tom Hale arrived. Ms Berg and Mr Hale then spoke.");

        Assert.Equal(
            [("Anna Berg", Gender.Female), ("Tom Hale", Gender.Male)],
            index.People.Select(p => (p.Name, p.Gender)));
    }

    [Fact]
    public void Person_with_no_gendered_honorific_has_unknown_gender()
    {
        var (_, index) = Index("Dr Sam Lund arrived. Later, Sam Lund spoke.");

        Assert.Equal(Gender.Unknown, Assert.Single(index.People).Gender);
    }

    [Fact]
    public void Titles_are_kept_in_order_of_appearance_without_duplicates()
    {
        var (_, index) = Index(
            "Schools Minister Tom Hale spoke. Later, Deputy Leader Tom Hale left. Then Schools Minister Tom Hale returned.");

        var person = Assert.Single(index.People);

        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(["Schools Minister", "Deputy Leader"], person.Titles);
    }

    // ---- Through the public API ----

    [Fact]
    public void Result_people_have_canonical_name_titles_and_every_mention()
    {
        const string text = "Schools Minister Tom Hale visited the school. Mr Hale said: “The roof will be fixed.”";

        var result = Attributed.Run(text);

        var person = Assert.Single(result.People);
        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(["Schools Minister"], person.Titles);
        Assert.Equal(["Schools Minister Tom Hale", "Mr Hale"], person.Mentions.Select(m => m.Text));
        Assert.Equal("Tom Hale", Assert.Single(result.Quotes).Speaker?.Name);
    }

    [Fact]
    public void Speaker_named_by_surname_gets_the_canonical_name()
    {
        const string text = "Tom Hale runs the ferry.\n“The boats are full,” Mr Hale said.";

        var quote = Attributed.Single(text);

        Assert.Equal("Tom Hale", quote.Speaker?.Name);
        Assert.Equal("Mr Hale", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Sir_is_dropped_from_the_canonical_name()
    {
        var result = Attributed.Run("Sir Tom Hale opened the library.");

        var person = Assert.Single(result.People);
        Assert.Equal("Tom Hale", person.Name);
        Assert.Empty(person.Titles);
        Assert.Equal("Sir Tom Hale", Assert.Single(person.Mentions).Text);
    }

    [Fact]
    public void Office_before_Sir_is_kept_as_the_title()
    {
        var result = Attributed.Run("Prime Minister Sir Tom Hale visited the port.");

        var person = Assert.Single(result.People);
        Assert.Equal("Tom Hale", person.Name);
        Assert.Equal(["Prime Minister"], person.Titles);
    }

    [Fact]
    public void People_are_listed_in_order_of_first_mention()
    {
        var result = Attributed.Run("Mr Tom Hale met Ms Anna Berg. Later, Ms Berg thanked Mr Hale.");

        Assert.Equal(["Tom Hale", "Anna Berg"], result.People.Select(p => p.Name));
        Assert.Equal(["Ms Anna Berg", "Ms Berg"], result.People[1].Mentions.Select(m => m.Text));
    }
}
