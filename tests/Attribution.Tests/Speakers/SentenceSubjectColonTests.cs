namespace Attribution.Tests.Speakers;

/// <summary>A colon at the end of a sentence that opens with a person introduces that person's quotation, cue or not.</summary>
public class SentenceSubjectColonTests
{
    [Fact]
    public void Sentence_opening_with_a_name_and_no_cue()
    {
        var quote = Attributed.Single("Tom Hale praised the crew on the radio: “They were brave.”");

        Attributed.Expect(quote, "They were brave.", QuoteKind.Direct, "Tom Hale", null, AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Name_set_off_by_commas_after_an_opening_description()
    {
        var quote = Attributed.Single("One of the study's authors, herpetologist Ada Lind, praised the crew on the radio: “They were brave.”");

        Assert.Equal("Ada Lind", quote.Speaker?.Name);
    }

    [Fact]
    public void Name_after_a_capitalised_word_and_a_role()
    {
        var quote = Attributed.Single("Council leader Tom Hale praised the crew on the radio: “They were brave.”");

        Attributed.Expect(quote, "They were brave.", QuoteKind.Direct, "Tom Hale", null, AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Name_after_a_few_lower_case_title_words()
    {
        var result = Attributed.Run("Former council leader Tom Hale praised the crew on the radio: “They were brave.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "They were brave.", QuoteKind.Direct, "Tom Hale", null, AttributionRule.SpeakerBeforeQuote);
        Assert.Equal(["Tom Hale"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Former_before_a_titled_name()
    {
        var result = Attributed.Run("Former Mayor Tom Hale praised the crew on the radio: “They were brave.”");

        Attributed.Expect(Assert.Single(result.Quotes), "They were brave.", QuoteKind.Direct, "Tom Hale", null, AttributionRule.SpeakerBeforeQuote);
        Assert.Equal(["Former Mayor"], Assert.Single(result.People).Titles);
    }

    [Fact]
    public void Sentence_with_no_person_leaves_the_quotation_unattributed()
    {
        var quote = Attributed.Single("The crew was praised on the radio: “They were brave.”");

        Attributed.Expect(quote, "They were brave.", QuoteKind.Direct, null, null, AttributionRule.None);
    }
}
