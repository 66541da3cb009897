namespace Attribution.Tests.Speakers;

/// <summary>A name next to a role or an organisation: the person's name is the speaker, not the role or the organisation.</summary>
public class AppositionTests
{
    [Fact]
    public void Name_in_commas_after_a_role_before_the_cue()
    {
        var quote = Attributed.Single("The mayor of Riverton, Lena Holt, said: “We will rebuild the bridge.”");

        Attributed.Expect(quote, "We will rebuild the bridge.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Lena Holt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Name_before_a_role_naming_an_organisation_wins_over_the_organisation()
    {
        var quote = Attributed.Single("Lena Holt, head of care at Greenfield Homes, said: “We need more staff.”");

        Attributed.Expect(quote, "We need more staff.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Lena Holt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void A_degree_with_its_stops_inside_the_role_does_not_end_it()
    {
        var quote = Attributed.Single("Lead author Ivo Sand, a Ph.D. candidate at the University of Westmarch, said, “Frogs are stranger than they look.”");

        Attributed.Expect(quote, "Frogs are stranger than they look.", QuoteKind.Direct, "Ivo Sand", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Name_before_a_role_naming_an_organisation_in_reported_speech()
    {
        var quote = Attributed.Single("Lena Holt, head of care at Greenfield Homes, said the staff were tired.");

        Attributed.Expect(quote, "the staff were tired", QuoteKind.Indirect, "Lena Holt", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Name_in_apposition_after_an_inverted_cue_and_a_description()
    {
        var quote = Attributed.Single("“We need more staff,” said the council's chief executive, Lena Holt.");

        Attributed.Expect(quote, "We need more staff,", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Lena Holt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Name_in_apposition_followed_by_more_words()
    {
        var quote = Attributed.Single("“We will rebuild,” said the council's chief executive, Lena Holt, on Monday.");

        Attributed.Expect(quote, "We will rebuild,", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Name_followed_by_of_and_an_institution()
    {
        var result = Attributed.Run("Dr Lena Holt of Riverton University said: “The results are clear.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "The results are clear.", QuoteKind.Direct, "Lena Holt", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Dr Lena Holt", quote.Speaker?.Mention.Text);
        Assert.Equal(["Lena Holt"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Name_followed_by_of_and_an_institution_in_reported_speech()
    {
        var quote = Attributed.Single("Dr Lena Holt of Riverton University said the results were clear.");

        Attributed.Expect(quote, "the results were clear", QuoteKind.Indirect, "Lena Holt", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_name_that_ends_a_description_after_its_preposition_yields_to_the_name_in_apposition()
    {
        var quote = Attributed.Single(
            "Speaking to reporters, the president of the Westmarch League for the Defence of Human Rights, Jamel Orsk, said, “We are for the freedom to dress.”");

        Assert.Equal("Jamel Orsk", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The talks will resume in May, said Tom Varga, a senior negotiator.")]
    [InlineData("The economy is recovering faster than expected, said Ines Moretti, chief economist at Lumen Bank.")]
    public void A_role_after_an_inverted_cue_is_not_more_content(string text)
    {
        var quote = Attributed.Single(text);

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.StartsWith(text[..text.IndexOf(',')], quote.Text);
    }

    [Fact]
    public void A_clause_resumed_after_an_inverted_cue_is_still_content()
    {
        var quotes = Attributed.Run("The talks, said Tom Varga, will resume in May.").Quotes;

        Assert.Contains(quotes, q => q.Text == "will resume in May" && q.Speaker?.Name == "Tom Varga");
    }
}
