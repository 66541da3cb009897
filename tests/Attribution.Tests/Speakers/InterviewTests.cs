namespace Attribution.Tests.Speakers;

/// <summary>Interview transcripts: a paragraph labelled with a person's name and a colon is that person's answer.</summary>
public sealed class InterviewTests
{
    private const string Transcript =
        "The Riverton Gazette spoke to harbour master Lena Holt about the storm.\n" +
        "Lena Holt: We lost two boats overnight, and the pier is badly damaged.\n" +
        "Riverton Gazette: What happens next?\n" +
        "Holt: We rebuild, starting on Monday.\n";

    [Fact]
    public void Labelled_answers_are_block_quotations_by_the_person()
    {
        var answers = Attributed.Run(Transcript).Quotes;

        Assert.Equal(2, answers.Count);
        Assert.All(answers, a => Assert.Equal((QuoteKind.Block, "Lena Holt", AttributionRule.Interview), (a.Kind, a.Speaker?.Name, a.Rule)));
        Assert.Equal("We lost two boats overnight, and the pier is badly damaged.", answers[0].Text);
        Assert.Equal("We rebuild, starting on Monday.", answers[1].Text);
    }

    [Fact]
    public void Question_letters_and_organisations_are_not_speakers()
    {
        var result = Attributed.Run("Q: What happens next?\nA: We rebuild.\nRiverton Council: The pier is closed.\n");

        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_labelled_paragraph_with_quotation_marks_is_left_to_the_quotation_rules()
    {
        var quote = Assert.Single(Attributed.Run("Lena Holt: “We will rebuild the pier this year.”").Quotes);

        Assert.Equal(AttributionRule.SpeakerBeforeQuote, quote.Rule);
        Assert.Equal("Lena Holt", quote.Speaker?.Name);
    }
}
