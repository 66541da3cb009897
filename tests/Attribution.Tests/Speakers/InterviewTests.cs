namespace Attribution.Tests.Speakers;

/// <summary>
/// Interview transcripts: a paragraph opened by a speaker's label (<c>((Lena Holt))</c>, <c>Lena Holt:</c>,
/// initials, <c>A:</c>) is that speaker's turn, and unlabelled paragraphs after a person's turn continue it.
/// </summary>
public sealed class InterviewTests
{
    private const string Transcript =
        "The Riverton Gazette spoke to harbour master Lena Holt about the storm.\n" +
        "Lena Holt: We lost two boats overnight, and the pier is badly damaged.\n" +
        "Riverton Gazette: What happens next?\n" +
        "Holt: We rebuild, starting on Monday.\n";

    private const string Bracketed =
        "Harbour master Lena Holt spoke to the Gazette after the storm.\n" +
        "((RG))  What did the storm do?\n" +
        "((Lena Holt))  We lost two boats overnight.\n" +
        "The pier is badly damaged, and the café with it.\n" +
        "((RG))  What happens next?\n" +
        "((Lena Holt))  We rebuild, starting on Monday.\n";

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
    public void Bracketed_labels_give_each_turn_its_speaker_and_the_interviewer_its_label()
    {
        var turns = Attributed.Run(Bracketed).Quotes;

        Assert.Equal(
            [
                ("What did the storm do?", "RG"),
                ("We lost two boats overnight.", "Lena Holt"),
                ("The pier is badly damaged, and the café with it.", "Lena Holt"),
                ("What happens next?", "RG"),
                ("We rebuild, starting on Monday.", "Lena Holt"),
            ],
            turns.Select(t => (t.Text, t.Speaker?.Name)));
        Assert.All(turns, t => Assert.Equal((QuoteKind.Direct, AttributionRule.Interview), (t.Kind, t.Rule)));
    }

    [Fact]
    public void Initials_label_the_person_they_abbreviate_with_the_label_as_the_mention()
    {
        var text = "Wikinews spoke to biologist Natasha Gownaris.\n((WN))  How long were you there?\nNG: Four months, over two years.\n((WN))  And next?\nNG Chicks, at hatching and at fledging.\n";

        var answers = Attributed.Run(text).Quotes.Where(q => q.Speaker?.Name == "Natasha Gownaris").ToList();

        Assert.Equal(["Four months, over two years.", "Chicks, at hatching and at fledging."], answers.Select(a => a.Text));
        Assert.All(answers, a => Assert.Equal("NG", a.Speaker!.Mention.Text));
    }

    [Fact]
    public void A_printed_question_does_not_run_on_into_the_writers_paragraphs()
    {
        var text = "The Gazette put questions to Mayor Ada Lind.\n((RG))  Why now?\nThe council meets on Monday to vote on the plan.\n((RG))  And the cost?\n";

        var result = Attributed.Run(text);

        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("The council", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_letter_is_the_person_the_article_names_and_the_question_letter_no_one()
    {
        var result = Attributed.Run("Mayor Ada Lind spoke about the storm. Lind has led the town since 2019.\nQ: What happens next?\nA: We rebuild.\n");

        var answer = Assert.Single(result.Quotes);
        Assert.Equal(("We rebuild.", "Ada Lind"), (answer.Text, answer.Speaker?.Name));
    }

    [Fact]
    public void Letters_and_organisations_name_no_one_in_a_story_without_people()
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
    [Fact]
    public void A_photo_caption_with_its_credit_is_not_a_turn_and_does_not_run_on()
    {
        var text =
            "Harbour master Lena Holt spoke to the Gazette after the storm.\n" +
            "((RG))  What did the storm do?\n" +
            "((Lena Holt))  We lost two boats overnight.\n" +
            "Mayor Ada Lind Photo: Riverton Council.\n" +
            "Lena Holt Photo: Friends of the Harbour.\n" +
            "The council meets on Monday to vote on the rebuilding plan.\n" +
            "((RG))  What happens next?\n" +
            "((Lena Holt))  We rebuild.\n";

        var result = Attributed.Run(text);

        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("Riverton Council", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("Friends", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("The council", StringComparison.Ordinal));
        Assert.Contains(result.Quotes, q => (q.Text, q.Speaker?.Name) == ("We rebuild.", "Lena Holt"));
    }

    [Fact]
    public void A_short_exclamation_after_a_name_label_is_still_an_answer()
    {
        var result = Attributed.Run("Mayor Ada Lind spoke about the storm.\nGazette: Will you resign?\nAda Lind: Never!\n");

        Assert.Contains(result.Quotes, q => (q.Text, q.Speaker?.Name) == ("Never!", "Ada Lind"));
    }

    [Fact]
    public void Capitals_opening_a_writers_sentence_in_a_transcript_are_not_a_label()
    {
        var text =
            "((Lena Holt))  We lost two boats overnight.\n" +
            "((RG))  What happens next?\n" +
            "UK sailor Tom Reed sailed in after the storm and found the pier gone.\n" +
            "((Lena Holt))  We rebuild.\n";

        var result = Attributed.Run(text);

        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("sailed in", StringComparison.Ordinal));
    }

    [Fact]
    public void A_turn_by_a_person_whose_given_name_is_also_a_word_of_bodies_names_runs_on()
    {
        var quotes = Attributed.Run(
            "((RG))  What did you find?\n" +
            "((Christian Keysers))  We give a rat a choice between two levers.\n" +
            "Then, as soon as it prefers one, we change what the levers do.\n" +
            "((RG))  Thank you.\n").Quotes;

        Assert.Equal(
            ["RG", "Christian Keysers", "Christian Keysers", "RG"],
            quotes.Select(q => q.Speaker?.Name));
    }

    [Theory]
    [InlineData("((RG))  On your website you state “the pier will reopen in the spring of next year.”  Is that still true?\n((Lena Holt))  Yes, we are on track.\n((RG))  Thank you.\n")]
    [InlineData("Harbour master Lena Holt spoke to the Gazette. Lena Holt has run the port since 2010.\n((RG))  On your website you state “the pier will reopen in the spring of next year.”  Is that still true?\nYes, we are on track.\n((RG))  Thank you.\n")]
    public void You_in_an_interviewers_question_is_the_interviewee(string text)
    {
        var quotes = Attributed.Run(text).Quotes;

        Assert.Equal("Lena Holt", quotes.Single(q => q.Text.StartsWith("the pier", StringComparison.Ordinal)).Speaker?.Name);
    }

    [Fact]
    public void You_addressed_to_several_interviewees_is_nobody_in_particular()
    {
        var quotes = Attributed.Run(
            "((RG))  You both state “the pier will reopen in the spring of next year.”  Is that true?\n" +
            "((Lena Holt))  Yes.\n((Tom Hale))  Yes, we are on track.\n").Quotes;

        Assert.Null(quotes.Single(q => q.Text.StartsWith("the pier", StringComparison.Ordinal)).Speaker);
    }
}
