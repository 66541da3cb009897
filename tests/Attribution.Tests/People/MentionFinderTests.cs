using Attribution.People;
using Attribution.Text;
using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

public class MentionFinderTests
{
    // ---- Titles and honorifics before the name ----

    [Fact]
    public void Office_title_is_split_from_the_name_and_the_span_covers_both()
    {
        const string text = "Health Minister Anna Berg visited the ward.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Anna Berg", mention.Name);
        Assert.Equal("Health Minister", mention.Title);
        Assert.Equal("Berg", mention.Surname);
        Assert.Equal("Anna", mention.FirstName);
        Assert.Equal(2, mention.NameWords);
        Assert.True(mention.Titled);
        Assert.Equal(Gender.Unknown, mention.Gender);
        Assert.Equal("Health Minister Anna Berg", SpanText(text, mention));
    }

    [Theory]
    [InlineData("Voter Kitty Mak told reporters she had waited for hours.", "Kitty Mak")]
    [InlineData("Protester Ann Lee stayed in the square.", "Ann Lee")]
    [InlineData("Archer Lee stayed in the square.", "Archer Lee")]
    public void Role_noun_that_opens_a_sentence_before_a_given_name_is_not_part_of_the_name(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Mentions(text).Mentions).Name);
    }

    [Theory]
    [InlineData("Bill Hammons visited the ward.", "Bill Hammons")]
    [InlineData("Christian Keysers visited the ward.", "Christian Keysers")]
    public void Given_name_that_is_also_a_word_of_bodies_names_opens_a_persons_name(string text, string name)
    {
        Assert.Equal(name, Assert.Single(Mentions(text).Mentions).Name);
    }

    [Theory]
    [InlineData("The Christian Democrats met in the ward.")]
    [InlineData("The Senate passed the Bill on Tuesday.")]
    public void The_same_word_in_a_bodys_name_or_alone_is_no_person(string text)
    {
        Assert.Empty(Mentions(text).Mentions);
    }

    [Theory]
    [InlineData("The rapper Kenji West opened the show. Later, West thanked the crowd.", "Kenji West", "West")]
    [InlineData("Singer Dara Hall opened the show. The next day on Twitter Hall thanked the crowd.", "Dara Hall", "Hall")]
    public void Surname_that_is_also_a_word_of_places_names_ends_a_titled_name_and_then_names_that_person_alone(
        string text, string name, string alone)
    {
        var names = Mentions(text).Mentions.Select(m => m.Name).ToList();

        Assert.Equal([name, alone], names);
    }

    [Theory]
    [InlineData("Kenji West opened the show.")]
    [InlineData("The road to the West opened in May. West winds blew.")]
    public void The_same_word_without_a_title_is_no_surname(string text)
    {
        Assert.DoesNotContain(Mentions(text).Mentions, m => m.Surname == "West");
    }

    [Theory]
    [InlineData("Westmarch Secretary-General Anna Berg visited the ward.", "Secretary-General")]
    [InlineData("The Attorney-General Tom Hale visited the ward.", "Attorney-General")]
    public void Hyphenated_title_made_of_title_words_is_a_title(string text, string title)
    {
        var mention = Mentions(text).Mentions.Single(m => m.Surname is "Berg" or "Hale");

        Assert.Equal((title, true), (mention.Title, mention.Titled));
        Assert.Equal(2, mention.NameWords);
    }

    [Theory]
    [InlineData("Port Anselm Anna Berg visited the ward. Port Anselm has one hospital.")]
    [InlineData("Kelmar Anna Berg visited the ward. The hospital in Kelmar is small.")]
    public void Place_glued_before_a_name_that_the_text_also_names_alone_is_not_part_of_the_name(string text)
    {
        var mention = Mentions(text).Mentions.First();

        Assert.Equal(("Anna Berg", "Anna"), (mention.Name, mention.FirstName));
    }

    [Theory]
    [InlineData("Kelmar Anna Berg visited the ward.")]
    [InlineData("B. Anna Berg visited the ward. B. has one hospital.")]
    public void Words_before_a_given_name_stay_in_the_name_unless_the_text_names_them_alone(string text)
    {
        Assert.Equal(3, Mentions(text).Mentions.First().NameWords);
    }

    [Theory]
    [InlineData("Fifteen-year-old Robert Hale saw the bus.")]
    [InlineData("The bus hit fifteen-year-old Robert Hale.")]
    public void An_age_before_a_name_is_not_part_of_it(string text)
    {
        Assert.Equal("Robert Hale", Mentions(text).Mentions.Single(m => m.Surname == "Hale").Name);
    }

    [Theory]
    [InlineData("Mr Tom Hale arrived.", "Tom Hale", "Male")]
    [InlineData("Ms Anna Berg arrived.", "Anna Berg", "Female")]
    [InlineData("Mrs Anna Berg arrived.", "Anna Berg", "Female")]
    [InlineData("Dr Anna Berg arrived.", "Anna Berg", "Unknown")]
    [InlineData("Sir Tom Hale arrived.", "Tom Hale", "Male")]
    [InlineData("Dame Anna Berg arrived.", "Anna Berg", "Female")]
    public void Honorific_gives_gender_and_is_not_part_of_the_name(string text, string name, string gender)
    {
        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal(name, mention.Name);
        Assert.Equal(Enum.Parse<Gender>(gender), mention.Gender);
        Assert.True(mention.Titled);
        Assert.Null(mention.Title);
    }

    [Fact]
    public void Sir_after_an_office_is_dropped_from_both_title_and_name()
    {
        const string text = "Prime Minister Sir Tom Hale visited the port.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Tom Hale", mention.Name);
        Assert.Equal("Prime Minister", mention.Title);
        Assert.Equal(Gender.Male, mention.Gender);
        Assert.Equal("Prime Minister Sir Tom Hale", SpanText(text, mention));
    }

    [Fact]
    public void Honorific_with_surname_only_is_a_one_word_titled_mention()
    {
        var mention = Assert.Single(Mentions("Ms Berg arrived.").Mentions);

        Assert.Equal("Berg", mention.Name);
        Assert.Equal("Berg", mention.Surname);
        Assert.Null(mention.FirstName);
        Assert.Equal(1, mention.NameWords);
        Assert.True(mention.Titled);
        Assert.Equal(Gender.Female, mention.Gender);
    }

    [Fact]
    public void Lower_case_role_before_a_name_is_taken_as_its_title()
    {
        const string text = "The talks were led by special envoy Tom Hale.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Tom Hale", mention.Name);
        Assert.Equal("special envoy", mention.Title);
        Assert.True(mention.Titled);
        Assert.Equal("special envoy Tom Hale", SpanText(text, mention));
    }

    // ---- Bare names ----

    [Fact]
    public void Bare_two_word_name_is_an_untitled_mention()
    {
        var mention = Assert.Single(Mentions("The report was written by Tom Hale.").Mentions);

        Assert.Equal("Tom Hale", mention.Name);
        Assert.False(mention.Titled);
        Assert.Null(mention.Title);
        Assert.Equal(Gender.Unknown, mention.Gender);
    }

    [Fact]
    public void Sentence_opening_function_word_is_not_part_of_the_name()
    {
        const string text = "Yesterday Tom Hale arrived.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Tom Hale", mention.Name);
        Assert.Equal("Tom Hale", SpanText(text, mention));
    }

    [Fact]
    public void Bare_single_capitalised_word_is_kept_as_a_weak_mention()
    {
        var mention = Assert.Single(Mentions("Later, Hale left.").Mentions);

        Assert.Equal("Hale", mention.Name);
        Assert.Equal(1, mention.NameWords);
        Assert.False(mention.Titled);
    }

    [Fact]
    public void Lower_case_particle_joins_the_name()
    {
        var mention = Assert.Single(Mentions("The court heard from Lena de Vries.").Mentions);

        Assert.Equal("Lena de Vries", mention.Name);
        Assert.Equal("Vries", mention.Surname);
        Assert.Equal(3, mention.NameWords);
    }

    [Fact]
    public void Possessive_is_dropped_from_the_name_and_the_span()
    {
        const string text = "Ms Berg’s plan was approved.";

        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Berg", mention.Name);
        Assert.Equal("Berg", mention.Surname);
        Assert.Equal("Ms Berg", SpanText(text, mention));
    }

    [Theory]
    [InlineData("They met at Riverside Hospital.")]
    [InlineData("The Northern Bridge Company paid.")]
    [InlineData("The vote is on Monday.")]
    [InlineData("The Lakeside Council met.")]
    public void Places_bodies_and_dates_are_not_people(string text)
    {
        Assert.Empty(Mentions(text).Mentions);
    }

    [Fact]
    public void Several_names_in_one_sentence_are_found_in_order()
    {
        const string text = "Ms Anna Berg met Mr Tom Hale and Dr Sam Lund.";

        var mentions = Mentions(text).Mentions;

        Assert.Equal(["Anna Berg", "Tom Hale", "Sam Lund"], mentions.Select(m => m.Name));
        Assert.Equal(["Ms Anna Berg", "Mr Tom Hale", "Dr Sam Lund"], mentions.Select(m => SpanText(text, m)));
    }

    // ---- Token bookkeeping ----

    [Fact]
    public void Token_range_covers_title_and_name()
    {
        const string text = "Schools Minister Tom Hale spoke.";
        var (document, mentions) = Mentions(text);

        var mention = Assert.Single(mentions);

        Assert.Equal("Schools", document[document.Tokens[mention.FirstToken]].ToString());
        Assert.Equal("Hale", document[document.Tokens[mention.EndToken - 1]].ToString());
    }

    [Fact]
    public void Inside_quote_flag_is_read_from_the_name_tokens()
    {
        const string text = "Ms Anna Berg met Mr Tom Hale.";
        var document = Document.Parse(text, Tokenizer.Instance);
        var insideQuote = new bool[document.Tokens.Length];
        var tom = Contexts.TokenOf(document, "Tom");
        insideQuote[tom] = true;
        insideQuote[tom + 1] = true;

        var mentions = MentionFinder.Find(document, NameLexicon.Default, insideQuote);

        Assert.Equal([false, true], mentions.Select(m => m.InsideQuote));
    }

    [Fact]
    public void Extra_titles_from_the_options_are_recognised()
    {
        const string text = "Alderman Tom Hale spoke.";
        var document = Document.Parse(text, Tokenizer.Instance);
        var lexicon = new NameLexicon(["Alderman"]);

        var mention = Assert.Single(MentionFinder.Find(document, lexicon, new bool[document.Tokens.Length]));

        Assert.Equal("Tom Hale", mention.Name);
        Assert.Equal("Alderman", mention.Title);
    }
}
