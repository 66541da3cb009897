namespace Attribution.Tests.Speakers;

/// <summary>
/// Speakers read from the dependency parse where no word pattern applies. The sentences are made up; each is a shape
/// the word rules miss: a participle carrying the quotation, a reaction with no reporting verb, a passive with its
/// agent, and the writer's own titles and names, which hang from verbs too but are nobody's words.
/// </summary>
public class GoverningVerbRuleTests
{
    [Fact]
    public void A_participle_borrows_the_subject_of_the_verb_it_hangs_from()
    {
        var quote = Attributed.Single("Councillor Ema Voss rejected the budget on Monday, calling it “a tax on hope for every family in the city”.");

        Attributed.Expect(quote, "a tax on hope for every family in the city", QuoteKind.Partial, "Ema Voss", "calling", AttributionRule.GoverningVerb);
    }

    [Fact]
    public void A_verb_that_is_not_a_reporting_verb_still_governs_the_quotation()
    {
        var quote = Attributed.Single("Mayor Ada Lind struck a defiant tone in a post hours later, promising “to rebuild every home that the river took from us”.");

        Attributed.Expect(quote, "to rebuild every home that the river took from us", QuoteKind.Partial, "Ada Lind", "promising", AttributionRule.GoverningVerb);
    }

    [Fact]
    public void A_passive_verb_gives_its_agent()
    {
        var quote = Attributed.Single("The scheme was greeted by Senator Ivo Marek as “reckless, unworkable and far too late”.");

        Attributed.Expect(quote, "reckless, unworkable and far too late", QuoteKind.Partial, "Ivo Marek", "greeted", AttributionRule.GoverningVerb);
    }

    [Fact]
    public void A_description_subject_with_a_name_in_apposition_is_that_person()
    {
        var quote = Attributed.Single("The firm's chief, Lena Ruiz, hit back with “a plan that nobody in this town asked for”.");

        Attributed.Expect(quote, "a plan that nobody in this town asked for", QuoteKind.Partial, "Lena Ruiz", "hit", AttributionRule.GoverningVerb);
    }

    [Fact]
    public void A_verb_the_lexicon_lacks_reports_a_sentence_after_it()
    {
        var quote = Attributed.Single("“The ferry will run all winter, whatever the weather does,” Ms Berg chirped.");

        Attributed.Expect(quote, "The ferry will run all winter, whatever the weather does,", QuoteKind.Direct, "Berg", "chirped", AttributionRule.GoverningVerb);
    }

    [Theory]
    [InlineData("The sign on the gate read “Keep the gate closed at all times, please”.")]
    [InlineData("Protesters hold a banner reading “Save our park from the bulldozers now”.")]
    [InlineData("The festival opens with “a long road home to the river and the sea” on Friday.")]
    public void Things_that_carry_words_are_not_speakers(string text)
    {
        Assert.Null(Attributed.Single(text).Speaker);
    }

    [Fact]
    public void A_title_in_the_writers_sentence_is_nobodys_words()
    {
        // A quotation nobody said is left out of the answer.
        Assert.Empty(Attributed.Run("The adverts will run on youth channels during programmes such as ‘Keeping up with the Joneses’ this winter.").Quotes);
    }

    [Fact]
    public void A_thing_named_with_a_passive_participle_is_not_speech()
    {
        Assert.Empty(Attributed.Run("Ms Hart spent a decade perfecting a technique called “extraction” in the mountains.").Quotes);
    }
    [Theory]
    [InlineData("Mayor Kel Arno referred to the protesters as “vandals” on Tuesday.", "vandals", "referred")]
    [InlineData("Arno Kessel blamed the council for “wasting every penny” again.", "wasting every penny", "blamed")]
    [InlineData("Senator Ivo Marek attacked the plan as “pure fantasy” in a speech.", "pure fantasy", "attacked")]
    public void A_few_words_a_named_persons_verb_takes_are_that_persons(string text, string words, string cue)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((words, cue, AttributionRule.GoverningVerb), (quote.Text, quote.Cue?.Text, quote.Rule));
        Assert.NotNull(quote.Speaker);
    }

    [Theory]
    [InlineData("The minister attacked the report as “shoddy work” on Monday.")]
    [InlineData("Ada Lind starred in “Chain of Light” last year.")]
    public void A_few_words_under_a_descriptions_verb_or_a_title_under_a_names_are_nobodys(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    [Fact]
    public void Who_is_quoted_as_saying_speaks_not_who_quotes()
    {
        var quotes = Attributed.Run(
            "The Gazette quoted Hal Orne, a former harbour master, as saying “the pier is unsafe for anyone” and “nobody listened to us at all.”").Quotes;

        Assert.Equal(
            [("the pier is unsafe for anyone", "Hal Orne"), ("nobody listened to us at all.", "Hal Orne")],
            quotes.Select(q => (q.Text, q.Speaker?.Name)));
    }

    [Fact]
    public void A_short_quotation_joined_to_another_shares_its_governor_not_the_quoted_verb()
    {
        var quotes = Attributed.Run("The Valley Herald quoted Tomas Brenn, a fisherman, as saying “the reef is dying” and “nobody listens to us.”").Quotes;

        Assert.Equal(
            [("the reef is dying", "Tomas Brenn"), ("nobody listens to us.", "Tomas Brenn")],
            quotes.Select(q => (q.Text, q.Speaker?.Name)));
    }

    [Theory]
    [InlineData("At the final debate, Senator Ada Lind announced her plan to choose a woman to be her running mate, saying “I commit that I will in fact pick a woman to be vice president”.")]
    // The parser reads these infinitives as purpose clauses (advcl) or complements (xcomp), with either kind of mark (the models fold them).
    [InlineData("Backlash from the remarks led Senator Ada Lind to express \"I should not have been so careless. No one should have to vote for any party based on their race.\"")]
    [InlineData("Other members have broken with the party, such as Senator Ada Lind, who denounced the leadership's plans as a “national embarrassment”.")]
    [InlineData("Other members have broken with the party, such as former Westmarch senator Ada Lind, who denounced the leadership's plans as a “national embarrassment”.")]
    [InlineData("Several councillors objected to the plan, such as Senator Ada Lind, who called the scheme a “waste of money”.")]
    [InlineData("Two players have left the club, including striker Ada Lind, who described the coaching as “chaotic and cruel”.")]
    [InlineData("The outcry drove Senator Ada Lind to declare “We were wrong about the levy. The budget will be rewritten.”")]
    [InlineData("Weeks of protest prompted Senator Ada Lind to write \"The levy was a mistake. It will go in the spring.\"")]
    public void The_speaker_is_found_through_an_infinitive_an_object_that_controls_it_or_a_relative_pronoun(string text)
    {
        var quote = Assert.Single(Attributed.Run(text).Quotes, q => q.Kind != QuoteKind.Indirect);

        Assert.Equal("Ada Lind", quote.Speaker?.Name);
    }

    [Fact]
    public void A_name_after_with_and_before_a_comma_is_not_the_participles_subject()
    {
        var quote = Attributed.Single(
            "Poet Lia Brandt closed the evening at the library, where she read from her notebook with editor Sam Oyelaran, " +
            "shouting “Nothing here is finished, nothing at all!”");

        Assert.Equal("Lia Brandt", quote.Speaker?.Name);
    }

    [Fact]
    public void A_prepositional_object_before_a_participle_is_not_its_subject()
    {
        var quote = Attributed.Single(
            "Singer Kel Varn entered the race in July. Varn held his first campaign rally in Charleston, where he tearfully " +
            "discussed potentially aborting his first child with wife Kim Lor, screaming “I almost killed my daughter!”");

        Assert.Equal("Kel Varn", quote.Speaker?.Name);
    }

    [Fact]
    public void A_name_set_off_by_a_comma_at_the_subjects_start_is_the_speaker_whatever_the_aside_after_it()
    {
        var quote = Attributed.Single(
            "Tom Hale held his first press conference since the storm. Hale, during his conference, also countered claims about his mental acuity, " +
            "declaring that he “can hardly wait to compare my plan to the plan of the man I am running against.”");

        Assert.Equal(("Tom Hale", "Hale"), (quote.Speaker?.Name, quote.Speaker?.Mention.Text));
    }
}
