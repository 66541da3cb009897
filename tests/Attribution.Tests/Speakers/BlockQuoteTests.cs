namespace Attribution.Tests.Speakers;

/// <summary>
/// Paragraphs of speech with no quotation marks, introduced by a paragraph that ends in a colon or comma after a cue
/// (<c>X said:</c>) or after a sentence about a person.
/// </summary>
public class BlockQuoteTests
{
    private const string First = "The new timetable starts in September and every school will take part.";
    private const string Second = "Teachers will receive extra training before the term begins.";

    [Fact]
    public void Paragraphs_after_a_said_colon_line_are_block_quotations_by_the_speaker()
    {
        var result = Attributed.Run($"Schools Minister Tom Hale said:\n{First}\n{Second}");

        Assert.Equal(2, result.Quotes.Count);
        Attributed.Expect(result.Quotes[0], First, QuoteKind.Block, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(result.Quotes[1], Second, QuoteKind.Block, "Tom Hale", "said", AttributionRule.ContinuedParagraph);
        Assert.All(result.Quotes, q => Assert.Equal("Schools Minister Tom Hale", q.Speaker?.Mention.Text));
        Assert.Equal(["Schools Minister"], Assert.Single(result.People).Titles);
    }

    [Fact]
    public void Every_following_speech_paragraph_continues_the_block()
    {
        const string third = "Parents can ask questions at an evening meeting in August.";

        var quotes = Attributed.Run($"Schools Minister Tom Hale said:\n{First}\n{Second}\n{third}").Quotes;

        Assert.Equal([First, Second, third], quotes.Select(q => q.Text));
        Assert.Equal(
            [AttributionRule.SpeakerBeforeQuote, AttributionRule.ContinuedParagraph, AttributionRule.ContinuedParagraph],
            quotes.Select(q => q.Rule));
        Assert.All(quotes, q => Assert.Equal((QuoteKind.Block, "Tom Hale"), (q.Kind, q.Speaker?.Name)));
    }

    [Fact]
    public void Block_stops_at_a_heading()
    {
        var quote = Attributed.Single($"Schools Minister Tom Hale said:\n{First}\nNext steps\n{Second}");

        Attributed.Expect(quote, First, QuoteKind.Block, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Next_said_colon_line_ends_the_block_and_starts_a_new_one()
    {
        const string other = "Our staff are ready for the change in the autumn.";

        var result = Attributed.Run($"Schools Minister Tom Hale said:\n{First}\nAnna Berg, director of Greenfield Homes, said:\n{other}");

        Assert.Equal(2, result.Quotes.Count);
        Attributed.Expect(result.Quotes[0], First, QuoteKind.Block, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(result.Quotes[1], other, QuoteKind.Block, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.DoesNotContain(result.Quotes, q => q.Text.Contains("Greenfield", StringComparison.Ordinal));
    }

    [Fact]
    public void Paragraph_opening_with_a_quotation_mark_is_direct_speech_by_the_introduced_speaker()
    {
        var quote = Attributed.Single("Schools Minister Tom Hale said:\n“The new timetable starts in September.”");

        Attributed.Expect(
            quote, "The new timetable starts in September.", QuoteKind.Direct, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Quoted_paragraph_ends_the_block()
    {
        var quotes = Attributed.Run($"Schools Minister Tom Hale said:\n{First}\n“We will review it next year,” he added.\n{Second}").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], First, QuoteKind.Block, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
        Attributed.Expect(quotes[1], "We will review it next year,", QuoteKind.Direct, "Tom Hale", "added", AttributionRule.SpeakerAfterQuote);
        Assert.DoesNotContain(quotes, q => q.Text == Second);
    }

    [Fact]
    public void Said_comma_line_also_introduces_a_block()
    {
        var quote = Attributed.Single($"Tom Hale said,\n{First}");

        Attributed.Expect(quote, First, QuoteKind.Block, "Tom Hale", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Other_cues_introduce_a_block_too()
    {
        const string speech = "The new garden will open in May and everyone is welcome.";

        var quote = Attributed.Single($"Anna Berg, director of Greenfield Homes, told residents:\n{speech}");

        Attributed.Expect(quote, speech, QuoteKind.Block, "Anna Berg", "told", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Sentence_about_a_person_ending_in_a_comma_introduces_a_block_with_no_cue()
    {
        const string speech = "The residents have more time with their families now.";

        var quote = Attributed.Single($"Anna Berg, director of Greenfield Homes, found the scheme invaluable,\n{speech}");

        Attributed.Expect(quote, speech, QuoteKind.Block, "Anna Berg", null, AttributionRule.SpeakerBeforeQuote);
        Assert.Equal("Anna Berg", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void Description_can_introduce_a_block()
    {
        var quote = Attributed.Single($"The city council said:\n{First}");

        Attributed.Expect(quote, First, QuoteKind.Block, "city council", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Theory]
    [InlineData("Schools Minister Tom Hale said:\nthe new timetable starts in September.")]
    [InlineData("Schools Minister Tom Hale said:\nYes.")]
    [InlineData("Schools Minister Tom Hale visited the school.\nThe new timetable starts in September and every school will take part.")]
    public void No_block_without_an_introduction_or_a_sentence_like_paragraph(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }
}
