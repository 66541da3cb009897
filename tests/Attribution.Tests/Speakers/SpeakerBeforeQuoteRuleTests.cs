namespace Attribution.Tests.Speakers;

public class SpeakerBeforeQuoteRuleTests
{
    [Fact]
    public void Name_and_cue_then_colon()
    {
        var quote = Attributed.Single("Ms Berg said: “We will open the new wards in spring.”");

        Attributed.Expect(quote, "We will open the new wards in spring.", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Ms Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Titled_full_name_and_cue_then_colon()
    {
        var quote = Attributed.Single("Health Minister Anna Berg said: “We will open the new wards in spring.”");

        Attributed.Expect(quote, "We will open the new wards in spring.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Health Minister Anna Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Apposition_between_name_and_cue_before_the_quotation()
    {
        var quote = Attributed.Single("Anna Berg, the health minister, said: “We will open the new wards in spring.”");

        Attributed.Expect(quote, "We will open the new wards in spring.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Anna Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Apposition_before_a_partial_quotation()
    {
        var quote = Attributed.Single("Anna Berg, the health minister, said “we will open the new wards in spring”.");

        Attributed.Expect(quote, "we will open the new wards in spring", QuoteKind.Partial, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Apposition_before_a_hearer_cue_is_not_mistaken_for_the_hearer()
    {
        var quote = Attributed.Single("Ms Berg, the health minister, told reporters: “The wards will open in spring.”");

        Attributed.Expect(quote, "The wards will open in spring.", QuoteKind.Direct, "Berg", "told", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Each_sentence_introduces_its_own_quotation()
    {
        var quotes = Attributed.Run("Tom Hale said: “The talks went well.” Anna Berg said: “We disagree.”").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "The talks went well.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(quotes[1], "We disagree.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Name_and_cue_then_comma()
    {
        var quote = Attributed.Single("Mr Hale said, “The bridge is safe.”");

        Attributed.Expect(quote, "The bridge is safe.", QuoteKind.Direct, "Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Cue_with_words_between_it_and_the_colon()
    {
        var quote = Attributed.Single("Mr Hale said in a statement on Monday: “The bridge is safe.”");

        Attributed.Expect(quote, "The bridge is safe.", QuoteKind.Direct, "Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Lower_case_quotation_right_after_the_cue_is_partial()
    {
        var quote = Attributed.Single("Mr Hale said “the bridge is safe” and left.");

        Attributed.Expect(quote, "the bridge is safe", QuoteKind.Partial, "Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Pronoun_before_the_cue_resolves_to_the_person()
    {
        const string text = "Health Minister Anna Berg visited the ward.\nShe said: “We will open the new wards in spring.”";

        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "We will open the new wards in spring.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("She", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Description_before_the_cue()
    {
        var quote = Attributed.Single("A spokesperson for the city council said: “The road will stay closed overnight.”");

        Attributed.Expect(quote, "The road will stay closed overnight.", QuoteKind.Direct, "spokesperson for the city council", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Theory]
    [InlineData("Ada Lind, the president of the chess federation, explained the decision to ban the players saying, “These two will be denied entry to all tournaments.”", "Ada Lind")]
    [InlineData("Having won many tournaments as a child, Sara Vale decided not to play for the federation saying “it was not a good fit for me at all.”", "Sara Vale")]
    public void A_participle_after_the_main_verbs_object_shares_that_verbs_subject(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((speaker, "saying"), (quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Theory]
    [InlineData("The proclamation specifically said “the outbreak constitutes a national emergency” on Monday.", "proclamation")]
    [InlineData("The harbour board initially said “the pier will reopen in May” before the storm.", "harbour board")]
    [InlineData("The Brenner family said “we are grateful to everyone who helped us.”", "Brenner family")]
    [InlineData("The assembly said “the vote will be held again in the spring.”", "assembly")]
    public void An_adverb_in_ly_between_subject_and_cue_is_not_part_of_the_subject(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("UNICEF sent a team. Sheldon Yett of UNICEF said “I have seen mass campaigns before.”", "Sheldon Yett")]
    [InlineData("The Bank of Westmarch said “rates will stay where they are.”", "Bank of Westmarch")]
    public void A_name_the_first_name_table_lacks_before_of_and_a_body_is_a_person_of_that_body(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(speaker, quote.Speaker?.Name);
    }
}
