using Attribution.Speakers;
using static Attribution.Tests.Speakers.Contexts;

namespace Attribution.Tests.Speakers;

public class PronounResolverTests
{
    private static string? Resolve(string text, string pronoun, int occurrence = 0)
    {
        var context = Build(text);
        var person = PronounResolver.Resolve(context, TokenOf(context.Document, pronoun, occurrence));
        return person < 0 ? null : context.People.People[person].Name;
    }

    // ---- Internals: the nearest earlier person of the pronoun's gender ----

    [Fact]
    public void She_resolves_to_the_woman_even_when_the_man_was_mentioned_later()
    {
        Assert.Equal("Anna Berg", Resolve("Ms Anna Berg met Mr Tom Hale. She smiled.", "She"));
    }

    [Fact]
    public void He_resolves_to_the_man_even_when_the_woman_was_mentioned_later()
    {
        Assert.Equal("Tom Hale", Resolve("Mr Tom Hale met Ms Anna Berg. He smiled.", "He"));
    }

    [Fact]
    public void Gender_of_a_person_comes_from_an_honorific_on_another_mention()
    {
        // "Ms Berg" genders Anna Berg; with a first name the table does not know, nothing else would.
        Assert.Equal("Kesti Berg", Resolve("Kesti Berg arrived. Ms Berg sat down. Dr Sam Lund arrived.\nShe smiled.", "She"));
        Assert.Equal("Sam Lund", Resolve("Kesti Berg arrived. Dr Sam Lund arrived.\nShe smiled.", "She"));
    }

    [Fact]
    public void Gender_of_a_person_comes_from_the_first_name_table_when_nothing_else_tells()
    {
        Assert.Equal("Anna Berg", Resolve("Anna Berg arrived. Dr Sam Lund arrived.\nShe smiled.", "She"));
        Assert.Equal("Sam Lund", Resolve("Dr Sam Lund arrived. Anna Berg arrived.\nHe smiled.", "He"));
    }

    [Fact]
    public void Person_of_unknown_gender_is_the_fallback()
    {
        Assert.Equal("Sam Lund", Resolve("Dr Sam Lund arrived. She smiled.", "She"));
    }

    [Fact]
    public void Matching_gender_wins_over_a_nearer_person_of_unknown_gender()
    {
        Assert.Equal("Anna Berg", Resolve("Ms Anna Berg met Dr Sam Lund. She smiled.", "She"));
    }

    [Fact]
    public void In_an_earlier_sentence_the_first_person_its_subject_wins_over_the_nearest()
    {
        Assert.Equal("Tomas Reyes", Resolve("Mr Tomas Reyes paid tribute to Mr Ivo Sand on Monday. He smiled.", "He"));
    }

    [Fact]
    public void In_an_earlier_sentence_the_last_person_followed_by_a_cue_wins()
    {
        Assert.Equal("Ivo Sand", Resolve("Mr Tomas Reyes said the port was safe, while Mr Ivo Sand wrote it was not. He smiled.", "He"));
    }

    [Fact]
    public void In_its_own_sentence_the_nearest_person_wins()
    {
        Assert.Equal("Ivo Sand", Resolve("After meeting Mr Tomas Reyes, Mr Ivo Sand said he was pleased.", "he"));
    }

    [Fact]
    public void Person_of_the_other_gender_is_never_chosen()
    {
        Assert.Null(Resolve("Mr Tom Hale arrived. She smiled.", "She"));
    }

    [Theory]
    [InlineData("Ms Anna Berg and Mr Tom Hale arrived. They smiled.", "They")]
    [InlineData("Ms Anna Berg and Mr Tom Hale arrived. It rained.", "It")]
    public void Pronouns_without_gender_do_not_resolve(string text, string pronoun)
    {
        Assert.Null(Resolve(text, pronoun));
    }

    [Fact]
    public void Only_earlier_people_are_candidates()
    {
        Assert.Null(Resolve("She smiled. Ms Anna Berg arrived.", "She"));
    }

    [Fact]
    public void Names_inside_quotations_are_skipped()
    {
        const string text = "Ms Anna Berg arrived.\n“I agree with Mrs Eva Lund,” she said.";

        Assert.Equal("Anna Berg", Resolve(text, "she"));
    }

    [Fact]
    public void People_more_than_three_paragraphs_back_are_out_of_reach()
    {
        const string near = "Ms Anna Berg arrived.\nThe bus was late.\nThe rain stopped.\nShe smiled.";
        const string far = "Ms Anna Berg arrived.\nThe bus was late.\nThe rain stopped.\nThe shops opened.\nShe smiled.";

        Assert.Equal("Anna Berg", Resolve(near, "She"));
        Assert.Null(Resolve(far, "She"));
    }

    // ---- Through the public API ----

    [Fact]
    public void She_said_after_a_quote_names_the_woman_when_both_were_mentioned()
    {
        const string text = "Ms Anna Berg met Mr Tom Hale at the station.\n“The talks went well,” she said.";

        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "The talks went well,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("she", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void She_said_names_the_woman_even_when_the_man_is_the_latest_name()
    {
        const string text = "Ms Anna Berg met Mr Tom Hale on Monday.\nMr Hale left early.\n“The talks went well,” she said.";

        Attributed.Expect(Attributed.Single(text), "The talks went well,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void He_said_names_the_man_when_the_woman_is_the_latest_name()
    {
        const string text = "Mr Tom Hale met Ms Anna Berg at the station.\n“The talks went well,” he said.";

        Attributed.Expect(Attributed.Single(text), "The talks went well,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Resolved_pronoun_is_added_to_the_persons_mentions()
    {
        const string text = "Ms Anna Berg met Mr Tom Hale at the station.\n“The talks went well,” she said.";

        var result = Attributed.Run(text);

        var anna = Assert.Single(result.People, p => p.Name == "Anna Berg");
        var tom = Assert.Single(result.People, p => p.Name == "Tom Hale");
        Assert.Equal(["Ms Anna Berg", "she"], anna.Mentions.Select(m => m.Text));
        Assert.Equal(["Mr Tom Hale"], tom.Mentions.Select(m => m.Text));
    }

    [Fact]
    public void Pronoun_speaker_is_less_certain_than_a_named_speaker()
    {
        var named = Attributed.Single("“The talks went well,” Ms Anna Berg said.");
        var pronoun = Attributed.Single("Ms Anna Berg arrived.\n“The talks went well,” she said.");

        Assert.True(pronoun.Confidence < named.Confidence);
        Assert.True(pronoun.Confidence > 0);
    }

    [Theory]
    [InlineData("“It is too early to say,” she said.")]
    [InlineData("Mr Tom Hale arrived.\n“It is too early to say,” she said.")]
    [InlineData("Ms Anna Berg and Mr Tom Hale arrived.\n“It is too early to say,” they said.")]
    public void Unresolved_pronoun_leaves_the_quotation_without_a_speaker(string text)
    {
        Attributed.Expect(Attributed.Single(text), "It is too early to say,", QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Fact]
    public void A_person_of_untold_gender_in_the_pronouns_paragraph_beats_a_match_in_an_earlier_one()
    {
        var quotes = Attributed.Run(
            "Tom Hale of Milltech told reporters the signal had been lost for days.\n\n" +
            "Dr Kiran Vasko, a port official, on Tuesday said radio broadcasts were used to alert fishing boats. " +
            "He added that the crew “are still waiting for news of the tanker”.").Quotes;

        Assert.Equal("Kiran Vasko", quotes.Single(q => q.Kind == QuoteKind.Partial).Speaker?.Name);
    }
}
