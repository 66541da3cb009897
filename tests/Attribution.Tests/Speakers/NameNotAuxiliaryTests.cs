namespace Attribution.Tests.Speakers;

/// <summary>Auxiliaries between subject and cue are lower case: capitalised <c>May</c> is a name.</summary>
public class NameNotAuxiliaryTests
{
    [Fact]
    public void May_as_a_surname_before_the_cue_and_colon()
    {
        var result = Attributed.Run("Prime Minister Lena May said: “We will cut taxes.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "We will cut taxes.", QuoteKind.Direct, "Lena May", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Prime Minister Lena May", quote.Speaker?.Mention.Text);
        Assert.Equal(["Prime Minister"], Assert.Single(result.People).Titles);
    }

    [Fact]
    public void May_as_a_surname_before_the_cue_after_the_quotation()
    {
        var quote = Attributed.Single("“We will cut taxes,” Lena May said.");

        Attributed.Expect(quote, "We will cut taxes,", QuoteKind.Direct, "Lena May", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void May_as_a_surname_in_reported_speech()
    {
        var quote = Attributed.Single("Lena May said the budget was fair.");

        Attributed.Expect(quote, "the budget was fair", QuoteKind.Indirect, "Lena May", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void Lower_case_may_is_still_skipped_as_an_auxiliary()
    {
        var quote = Attributed.Single("Tom Hale may say the budget was fair.");

        Attributed.Expect(quote, "the budget was fair", QuoteKind.Indirect, "Tom Hale", "say", AttributionRule.ReportedSpeech);
    }
}
