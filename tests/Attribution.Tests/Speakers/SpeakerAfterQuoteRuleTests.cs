namespace Attribution.Tests.Speakers;

public class SpeakerAfterQuoteRuleTests
{
    [Fact]
    public void Name_then_cue_after_the_quotation()
    {
        var quote = Attributed.Single("“We will open the new wards in spring,” Ms Berg said.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Ms Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Cue_then_name_after_the_quotation()
    {
        var quote = Attributed.Single("“We will open the new wards in spring,” said Ms Berg.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Apposition_between_name_and_cue()
    {
        var quote = Attributed.Single("“We will open the new wards in spring,” Anna Berg, the health minister, said.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Anna Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Apposition_between_surname_and_hearer_cue()
    {
        var quote = Attributed.Single("“We will open the new wards in spring,” Ms Berg, the health minister, told reporters.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Berg", "told", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Apposition_after_an_inverted_subject()
    {
        var quote = Attributed.Single("“We will open the new wards in spring,” said Anna Berg, the health minister.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Titled_name_after_the_cue_keeps_its_title_on_the_person()
    {
        var result = Attributed.Run("“The talks went well,” said Schools Minister Tom Hale.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "The talks went well,", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerAfterQuote);
        Assert.Equal("Schools Minister Tom Hale", quote.Speaker?.Mention.Text);
        Assert.Equal(["Schools Minister"], Assert.Single(result.People).Titles);
    }

    [Theory]
    [InlineData("“Why is the road closed?” Mr Hale asked.", "Why is the road closed?", "asked")]
    [InlineData("“Stop the work now!” Mr Hale shouted.", "Stop the work now!", "shouted")]
    [InlineData("“The road is closed,” Mr Hale told reporters.", "The road is closed,", "told")]
    [InlineData("“The road is closed,” Mr Hale has said.", "The road is closed,", "said")]
    public void Other_cues_after_the_quotation(string text, string quoted, string cue)
    {
        Attributed.Expect(Attributed.Single(text), quoted, QuoteKind.Direct, "Hale", cue, AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Speaker_of_the_next_sentence_does_not_take_a_quotation_that_ended_its_sentence()
    {
        var quotes = Attributed.Run("“The talks went well.” Anna Berg said the vote was close.").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "The talks went well.", QuoteKind.Direct, null, null, AttributionRule.None);
        Attributed.Expect(quotes[1], "the vote was close", QuoteKind.Indirect, "Anna Berg", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Straight_quotation_marks_work_the_same()
    {
        var quote = Attributed.Single("\"We will open the new wards in spring,\" Ms Berg said.");

        Attributed.Expect(quote, "We will open the new wards in spring,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Each_paragraph_keeps_its_own_speaker()
    {
        var quotes = Attributed.Run("“We agree,” Ms Berg said.\n“We do not,” Mr Hale said.").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "We agree,", QuoteKind.Direct, "Berg", "said", AttributionRule.SpeakerAfterQuote);
        Attributed.Expect(quotes[1], "We do not,", QuoteKind.Direct, "Hale", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Theory]
    [InlineData("Rates dropped. According to Westmarch Observer editor Keni Lesa, the movement was able to “really hammer home their message.”")]
    [InlineData("“We will win this time,” said Westmarch Observer editor Keni Lesa.")]
    public void A_body_before_a_role_and_a_name_is_where_the_role_is_held_not_the_speaker(string text)
    {
        var quote = Attributed.Single(text);

        Assert.Equal("Keni Lesa", quote.Speaker?.Name);
    }

    [Fact]
    public void An_adverb_before_a_participle_after_the_quotation_is_no_speaker()
    {
        var quote = Attributed.Single(
            "On Sunday, the council announced a full closure, beyond the closure of the “river district” first announced seven days earlier.");

        Assert.Equal("council", quote.Speaker?.Name);
    }

    [Fact]
    public void A_letter_split_off_by_an_invisible_joiner_is_no_speaker()
    {
        var quote = Attributed.Single("Forty former judges signed a letter saying the Gazette'\u200Ds report “has every mark of a political decision.”");

        Assert.Contains("former judges", quote.Speaker?.Name);
    }
}
