using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Text;

public class SentenceSplitterTests
{
    // ---- Plain full stops, question and exclamation marks ----

    [Theory]
    [InlineData("The bridge opened. Traffic was light.", new[] { "The bridge opened.", "Traffic was light." })]
    [InlineData("Was it safe? Nobody knew!", new[] { "Was it safe?", "Nobody knew!" })]
    [InlineData("It rained. It poured. It stopped.", new[] { "It rained.", "It poured.", "It stopped." })]
    [InlineData("Really?! Yes.", new[] { "Really?!", "Yes." })]
    [InlineData("He waited… Then he left.", new[] { "He waited…", "Then he left." })]
    [InlineData("One sentence only.", new[] { "One sentence only." })]
    public void Splits_after_terminal_punctuation_before_a_capital(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    [Theory]
    [InlineData("It cost 3.5 million. Nobody paid.", new[] { "It cost 3.5 million.", "Nobody paid." })]
    [InlineData("They were 25. Then they left.", new[] { "They were 25.", "Then they left." })]
    [InlineData("Wait... and see.", new[] { "Wait... and see." })]
    [InlineData("It was e.g. a test.", new[] { "It was e.g. a test." })]
    public void Full_stops_inside_numbers_and_before_lower_case_do_not_split(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    // ---- Closing quotation marks stay with their sentence ----

    [Fact]
    public void Closing_straight_quote_after_a_full_stop_stays_with_its_sentence()
    {
        const string text = "He said, \"I'm done.\" Then he left.";

        Assert.Equal(["He said, \"I'm done.\"", "Then he left."], SentenceTexts(text));
    }

    [Theory]
    [InlineData("She said, “It is over.” Then she left.", new[] { "She said, “It is over.”", "Then she left." })]
    [InlineData("She said, ‘It is over.’ Then she left.", new[] { "She said, ‘It is over.’", "Then she left." })]
    [InlineData("He said, “Not ‘now.’” Then he left.", new[] { "He said, “Not ‘now.’”", "Then he left." })]
    [InlineData("(It was late.) Then they ate.", new[] { "(It was late.)", "Then they ate." })]
    [InlineData("“I’m done.” “Me too.”", new[] { "“I’m done.”", "“Me too.”" })]
    public void Closing_marks_and_brackets_stay_with_their_sentence(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    [Theory]
    [InlineData("“Stop!” she shouted.")]
    [InlineData("\"Stop!\" she shouted.")]
    [InlineData("“Why?” he asked.")]
    [InlineData("“We are ready.” he said.")]
    public void Quoted_exclamation_followed_by_lower_case_attribution_is_one_sentence(string text)
    {
        Assert.Equal([text], SentenceTexts(text));
    }

    [Fact]
    public void Opening_quote_starts_the_next_sentence()
    {
        const string text = "He paused. “We will win,” he said.";

        Assert.Equal(["He paused.", "“We will win,” he said."], SentenceTexts(text));
    }

    // ---- Abbreviations ----

    [Theory]
    [InlineData("Mr. Smith arrived.")]
    [InlineData("Mrs. Jones and Dr. Patel met Sgt. Brown.")]
    [InlineData("They met on Jan. 5 in Fresno, Calif., at noon.")]
    [InlineData("Lt. Gray spoke to St. Albans council.")]
    [InlineData("John F. Kennedy spoke.")]
    [InlineData("He met Mr. Smith. ")]
    public void Titles_months_and_initials_do_not_end_a_sentence(string text)
    {
        Assert.Equal([text.Trim()], SentenceTexts(text));
    }

    [Theory]
    [InlineData("He met Mr. Smith. Then he left.", new[] { "He met Mr. Smith.", "Then he left." })]
    [InlineData("It opened at 6 a.m. The crowd cheered.", new[] { "It opened at 6 a.m.", "The crowd cheered." })]
    [InlineData("They sold cars, vans etc. The market fell.", new[] { "They sold cars, vans etc.", "The market fell." })]
    public void Abbreviations_that_may_end_a_sentence_split_before_a_sentence_starter(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    [Theory]
    [InlineData("So did I. We left early.", new[] { "So did I.", "We left early." })]
    [InlineData("He fought in World War I. The war ended.", new[] { "He fought in World War I.", "The war ended." })]
    [InlineData("“Neither do I. We need a plan,” she said.", new[] { "“Neither do I.", "We need a plan,” she said." })]
    public void Single_capital_letter_ends_a_sentence_before_a_sentence_starter(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    [Theory]
    [InlineData("“No. We will not pay,” he said.", new[] { "“No.", "We will not pay,” he said." })]
    [InlineData("He said No. Then he left.", new[] { "He said No.", "Then he left." })]
    [InlineData("She lives at No. 10 Park Lane.", new[] { "She lives at No. 10 Park Lane." })]
    [InlineData("See Fig. 2 for details.", new[] { "See Fig. 2 for details." })]
    public void Numbering_abbreviation_ends_a_sentence_unless_a_number_follows(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceTexts(text));
    }

    [Fact]
    public void Dotted_acronym_then_a_sentence_starter_splits_after_the_acronym()
    {
        const string text = "They met in the U.S. The talks went well.";

        Assert.Equal(["They met in the U.S.", "The talks went well."], SentenceTexts(text));
    }

    [Fact]
    public void Dotted_acronym_in_the_middle_of_a_sentence_does_not_split()
    {
        const string text = "The U.S. Senate voted.";

        Assert.Equal([text], SentenceTexts(text));
    }

    // ---- Headlines and paragraphs ----

    [Fact]
    public void Line_without_a_full_stop_is_its_own_sentence()
    {
        const string text = "Talks resume in Paris\nThe delegates arrived early. They sat down.";

        Assert.Equal(["Talks resume in Paris", "The delegates arrived early.", "They sat down."], SentenceTexts(text));
    }

    [Fact]
    public void Sentences_never_cross_paragraphs()
    {
        const string text = "The vote was close\nand nobody left";
        var document = Parse(text);

        Assert.Equal(["The vote was close", "and nobody left"], SentenceTexts(text));
        Assert.Equal([0, 1], document.Sentences.ToArray().Select(s => s.Paragraph));
    }

    [Fact]
    public void Sentences_cover_every_token_in_order()
    {
        const string text = "Mr. Smith said, “No.” Then he left!\n\nHeadline here\nA third. And a fourth";
        var document = Parse(text);

        var next = 0;
        foreach (var sentence in document.Sentences.ToArray())
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.EndToken > sentence.FirstToken);
            Assert.Equal(document.Tokens[sentence.FirstToken].Start, sentence.Span.Start);
            Assert.Equal(document.Tokens[sentence.EndToken - 1].End, sentence.Span.End);
            next = sentence.EndToken;
        }

        Assert.Equal(document.Tokens.Length, next);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            for (var t = document.Sentences[s].FirstToken; t < document.Sentences[s].EndToken; t++)
            {
                Assert.Equal(s, document.SentenceOfToken[t]);
            }
        }
    }

    [Fact]
    public void Sentence_spans_index_the_untouched_text()
    {
        const string text = "  Tabs\tand\u0001controls stay.\r\n\tThen it ends.  ";
        var document = Parse(text);

        Assert.Equal(text, document.Text);
        Assert.Equal(["Tabs\tand\u0001controls stay.", "Then it ends."], SentenceTexts(text));
        Assert.Equal(2, document.Sentences[0].Span.Start);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Blank_text_has_no_sentences(string text)
    {
        Assert.Empty(Parse(text).Sentences.ToArray());
    }

    [Theory]
    [InlineData(".")]
    [InlineData("...")]
    [InlineData("?!.")]
    [InlineData("”.")]
    [InlineData(". A")]
    public void Punctuation_only_text_does_not_throw(string text)
    {
        var document = Parse(text);

        Assert.Equal(document.Tokens.Length, document.Sentences.ToArray().Sum(s => s.EndToken - s.FirstToken));
    }
}
