namespace Attribution.Tests.Speakers;

/// <summary>
/// Every speaker links to its entry in <see cref="AttributionResult.People"/>, where researchers counting whose voices
/// are quoted read the kind of source and the gender the article gives.
/// </summary>
public class SpeakerLinkTests
{
    [Fact]
    public void Name_and_pronoun_link_to_the_same_entry()
    {
        var result = Attributed.Run(
            "Ms Rhea Tallis inspected the pier. “It is safe,” Ms Tallis said.\n“We reopen on Monday,” she said.");

        Assert.Equal(2, result.Quotes.Count);
        var entries = result.Quotes.Select(q => q.Speaker!.Person).Distinct().ToList();
        var entry = result.People[Assert.Single(entries)];
        Assert.Equal(("Rhea Tallis", Gender.Female, PersonKind.Person), (entry.Name, entry.Gender, entry.Kind));
        Assert.Contains(entry.Mentions, m => m.Text == "she");
    }

    [Fact]
    public void Two_speakers_link_to_two_entries_in_order_of_first_mention()
    {
        var result = Attributed.Run("“We object,” said Dr Ilan Roe. “We do not,” said Mr Tomas Brenn.");

        Assert.Equal(["Ilan Roe", "Tomas Brenn"], result.Quotes.Select(q => result.People[q.Speaker!.Person].Name));
        Assert.Equal([0, 1], result.Quotes.Select(q => q.Speaker!.Person));
    }

    [Fact]
    public void A_pronoun_gives_the_gender_the_name_does_not()
    {
        // Neither a title of gender nor a first name the table knows: the pronoun that refers back is the signal.
        var result = Attributed.Run("Councillor Kel Arno opened the meeting. “The road will stay closed,” she said.");

        var entry = result.People[Assert.Single(result.Quotes).Speaker!.Person];
        Assert.Equal(("Kel Arno", Gender.Female), (entry.Name, entry.Gender));
    }

    [Theory]
    [InlineData("“The road will stay closed,” police said.", "police", PersonKind.Organization)]
    [InlineData("“The road will stay closed,” the agency said.", "agency", PersonKind.Organization)]
    [InlineData("“The road will stay closed,” officials said.", "officials", PersonKind.Group)]
    [InlineData("“The road will stay closed,” residents of the town said.", "residents of the town", PersonKind.Group)]
    [InlineData("The council’s statement said: “The road will stay closed.”", "council’s statement", PersonKind.Document)]
    [InlineData("“The road will stay closed,” a spokesperson for the ministry said.", "spokesperson for the ministry", PersonKind.Person)]
    [InlineData("“The road will stay closed,” a witness said.", "witness", PersonKind.Person)]
    public void A_described_source_is_told_by_its_head_noun(string text, string name, PersonKind kind)
    {
        var result = Attributed.Run(text);

        var entry = result.People[Assert.Single(result.Quotes).Speaker!.Person];
        Assert.Equal((name, kind), (entry.Name, entry.Kind));
    }

    [Fact]
    public void The_same_description_speaking_twice_is_one_entry_with_both_mentions()
    {
        var result = Attributed.Run("“The road is closed,” officials said.\nThe storm passed.\n“It reopens today,” officials said.");

        Assert.Equal(2, result.Quotes.Count);
        var entry = result.People[Assert.Single(result.Quotes.Select(q => q.Speaker!.Person).Distinct())];
        Assert.Equal(2, entry.Mentions.Count);
    }
}
