using Attribution.Quotes;
using Attribution.Text;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Quotes;

public class QuoteFinderTests
{
    private static (Document Document, List<QuoteSpan> Quotes) Find(string text)
    {
        var document = Parse(text);
        return (document, QuoteFinder.Find(document));
    }

    private static string[] Contents(string text)
    {
        var (document, quotes) = Find(text);
        return [.. quotes.Select(q => document[q.Content].ToString())];
    }

    private static string Mark(Document document, int token) => document[document.Tokens[token]].ToString();

    // ---- Pairs of marks ----

    [Theory]
    [InlineData("He said \"we will win\" today.", "\"", "\"")]
    [InlineData("He said “we will win” today.", "“", "”")]
    [InlineData("He said ‘we will win’ today.", "‘", "’")]
    [InlineData("He said 'we will win' today.", "'", "'")]
    [InlineData("Il a dit « we will win » hier.", "«", "»")]
    [InlineData("Il a dit «we will win» hier.", "«", "»")]
    [InlineData("Er sagte „we will win“ gestern.", "„", "“")]
    [InlineData("Er sagte ‚we will win‘ gestern.", "‚", "‘")]
    [InlineData("Il a dit ‹ we will win › hier.", "‹", "›")]
    [InlineData("Er sagte »we will win« gestern.", "»", "«")]
    public void Each_kind_of_mark_pairs_with_its_closer(string text, string open, string close)
    {
        var (document, quotes) = Find(text);

        var quote = Assert.Single(quotes);
        Assert.Equal("we will win", document[quote.Content].ToString());
        Assert.Equal(open, Mark(document, quote.OpenToken));
        Assert.Equal(close, Mark(document, quote.CloseToken));
        Assert.True(quote.IsClosed);
        Assert.Equal(quote.CloseToken, quote.LastToken(document));
        Assert.Equal((0, 0, false, false), (quote.Paragraph, quote.Depth, quote.ContinuesPrevious, quote.ContinuesNext));
    }

    [Fact]
    public void Content_excludes_the_marks_and_is_trimmed()
    {
        const string text = "She said: “  We will win.\t” Then she left.";
        var (document, quotes) = Find(text);

        var quote = Assert.Single(quotes);
        Assert.Equal("We will win.", document[quote.Content].ToString());
        Assert.Equal(text.IndexOf('W', StringComparison.Ordinal), quote.Content.Start);
        Assert.Equal(text.IndexOf('.', StringComparison.Ordinal) + 1, quote.Content.End);
    }

    [Fact]
    public void Punctuation_inside_the_marks_belongs_to_the_content()
    {
        Assert.Equal(["We will win,", "and soon."], Contents("“We will win,” she said, “and soon.”"));
    }

    [Theory]
    [InlineData("John Doe:\"foo\"", "foo")]
    [InlineData("He said:“Go.”", "Go.")]
    [InlineData("(“Never,” he said)", "Never,")]
    [InlineData("—“Yes,” he said.", "Yes,")]
    [InlineData("He said \" yes \" loudly.", "yes")]
    public void Marks_glued_to_punctuation_still_pair(string text, string content)
    {
        Assert.Equal([content], Contents(text));
    }

    [Fact]
    public void Several_quotes_in_a_paragraph_come_in_text_order()
    {
        const string text = "“First,” she said. “Second.” And 'third' too.";
        var (_, quotes) = Find(text);

        Assert.Equal(["First,", "Second.", "third"], Contents(text));
        Assert.All(quotes, q => Assert.Equal(0, q.Depth));
        Assert.True(quotes.Select(q => q.Content.Start).SequenceEqual(quotes.Select(q => q.Content.Start).Order()));
    }

    // ---- Apostrophes are not quotation marks ----

    [Theory]
    [InlineData("Today’s talks ended.")]
    [InlineData("Today's talks ended.")]
    [InlineData("I don't know, he said.")]
    [InlineData("They don’t agree, she said.")]
    [InlineData("The players’ union met.")]
    [InlineData("The players' union met.")]
    [InlineData("We’ll see ’em on Monday.")]
    [InlineData("He is 5'10\" tall.")]
    [InlineData("It was the ’90s.")]
    public void Apostrophes_outside_quotes_make_no_quotation(string text)
    {
        Assert.Empty(Find(text).Quotes);
    }

    [Theory]
    [InlineData("“Today’s talks don't matter,” he said.", "Today’s talks don't matter,")]
    [InlineData("‘The players’ union is angry,’ she said.", "The players’ union is angry,")]
    [InlineData("‘Ask the players’ union,’ she said.", "Ask the players’ union,")]
    [InlineData("'The players' union is angry,' she said.", "The players' union is angry,")]
    [InlineData("“It’s the players’ fault,” he said.", "It’s the players’ fault,")]
    [InlineData("‘I don’t know,’ she said.", "I don’t know,")]
    [InlineData("'I don't know,' she said.", "I don't know,")]
    [InlineData("‘We’ll see ’em soon,’ he said.", "We’ll see ’em soon,")]
    public void Apostrophes_inside_a_quotation_do_not_close_it(string text, string content)
    {
        Assert.Equal([content], Contents(text));
    }

    [Theory]
    [InlineData("'We loved the '90s,' she said.", "We loved the '90s,")]
    [InlineData("‘We loved the ’90s,’ she said.", "We loved the ’90s,")]
    [InlineData("‘We loved the ‘90s,’ she said.", "We loved the ‘90s,")]
    [InlineData("\"Back in the '80s it was different,\" she said.", "Back in the '80s it was different,")]
    public void Decade_apostrophe_is_not_an_opening_mark(string text, string content)
    {
        var (document, quotes) = Find(text);

        var quote = Assert.Single(quotes);
        Assert.Equal((content, 0), (document[quote.Content].ToString(), quote.Depth));
        Assert.True(quote.IsClosed);
    }

    [Theory]
    [InlineData("'80s music is back,' she said.")]
    [InlineData("They loved the '90s.")]
    [InlineData("They loved the ‘90s.")]
    public void Decade_apostrophe_alone_makes_no_quotation(string text)
    {
        var (document, quotes) = Find(text);

        Assert.DoesNotContain(quotes, q => document[q.Content].StartsWith("80s") || document[q.Content].StartsWith("90s"));
    }

    // ---- Nesting ----

    [Theory]
    [InlineData("He said, \"They told me 'never again' and left.\"", "They told me 'never again' and left.")]
    [InlineData("He said, “They told me ‘never again’ and left.”", "They told me ‘never again’ and left.")]
    [InlineData("Er sagte: „Sie riefen ‚never again‘ und gingen.“", "Sie riefen ‚never again‘ und gingen.")]
    [InlineData("Il a dit : « Ils ont dit ‹ never again › hier. »", "Ils ont dit ‹ never again › hier.")]
    public void Single_marks_inside_double_marks_nest_one_level_deeper(string text, string outer)
    {
        var (document, quotes) = Find(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal((outer, 0), (document[quotes[0].Content].ToString(), quotes[0].Depth));
        Assert.Equal(("never again", 1), (document[quotes[1].Content].ToString(), quotes[1].Depth));
        Assert.True(quotes[0].OpenToken < quotes[1].OpenToken && quotes[1].CloseToken < quotes[0].CloseToken);
    }

    [Fact]
    public void Several_inner_quotes_share_the_inner_depth()
    {
        var (document, quotes) = Find("“He said ‘no’ and then ‘yes’,” she said.");

        Assert.Equal(
            [("He said ‘no’ and then ‘yes’,", 0), ("no", 1), ("yes", 1)],
            quotes.Select(q => (document[q.Content].ToString(), q.Depth)));
    }

    [Fact]
    public void Inner_quote_left_open_is_closed_by_the_outer_closer()
    {
        var (document, quotes) = Find("“A ‘great day,” she said.");

        var quote = Assert.Single(quotes);
        Assert.Equal(("A ‘great day,", 0), (document[quote.Content].ToString(), quote.Depth));
    }

    // ---- Paragraphs: continuation and unclosed marks ----

    [Theory]
    [InlineData("“We will fight on.\n“We will win,” she said.")]
    [InlineData("\"We will fight on.\n\"We will win,\" she said.")]
    [InlineData("‘We will fight on.\n‘We will win,’ she said.")]
    [InlineData("«We will fight on.\n«We will win,» she said.")]
    [InlineData("“We will fight on.\r\n\r\n  “We will win,” she said.")]
    public void Quotation_reopened_by_the_next_paragraph_continues_into_it(string text)
    {
        var (document, quotes) = Find(text);

        Assert.Equal(2, quotes.Count);
        var (first, second) = (quotes[0], quotes[1]);
        Assert.Equal(("We will fight on.", 0, false, true), (document[first.Content].ToString(), first.Paragraph, first.ContinuesPrevious, first.ContinuesNext));
        Assert.Equal(("We will win,", 1, true, false), (document[second.Content].ToString(), second.Paragraph, second.ContinuesPrevious, second.ContinuesNext));
        Assert.False(first.IsClosed);
        Assert.Equal(document.Paragraphs[0].EndToken - 1, first.LastToken(document));
        Assert.True(second.IsClosed);
    }

    [Fact]
    public void Continuation_runs_through_several_paragraphs()
    {
        const string text = "“One.\n“Two.\n“Three,” she said.";
        var (document, quotes) = Find(text);

        Assert.Equal(
            [("One.", false, true), ("Two.", true, true), ("Three,", true, false)],
            quotes.Select(q => (document[q.Content].ToString(), q.ContinuesPrevious, q.ContinuesNext)));
        Assert.Equal([0, 1, 2], quotes.Select(q => q.Paragraph));
    }

    [Theory]
    [InlineData("“Open here.\n‘Different mark.’")]
    [InlineData("“Open here.\n«Different mark.»")]
    [InlineData("“Open here.\nShe said “closed” later.")]
    public void Next_paragraph_without_the_same_opening_mark_does_not_continue(string text)
    {
        var (_, quotes) = Find(text);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.False(q.ContinuesPrevious || q.ContinuesNext));
    }

    [Fact]
    public void Opening_mark_that_ends_a_paragraph_leaves_nothing_for_the_next_paragraph_to_continue()
    {
        // Nothing was quoted in the first paragraph, so the quotation starts afresh (and may be introduced by it).
        const string text = "The minister said: “\n“We will win.”";
        var (document, quotes) = Find(text);

        var quote = Assert.Single(quotes);
        Assert.Equal(("We will win.", 1), (document[quote.Content].ToString(), quote.Paragraph));
        Assert.False(quote.ContinuesPrevious);
    }

    [Fact]
    public void Unclosed_mark_ends_with_its_paragraph_and_never_swallows_the_next()
    {
        const string text = "She said “this is wrong.\nThen the meeting ended.\nNobody “spoke” after that.";
        var (document, quotes) = Find(text);

        Assert.Equal(2, quotes.Count);
        Assert.Equal(("this is wrong.", 0, -1, false), (document[quotes[0].Content].ToString(), quotes[0].Paragraph, quotes[0].CloseToken, quotes[0].ContinuesNext));
        Assert.Equal(document.Paragraphs[0].Span.End, quotes[0].Content.End);
        Assert.Equal(("spoke", 2), (document[quotes[1].Content].ToString(), quotes[1].Paragraph));
    }

    [Fact]
    public void Closing_mark_in_a_later_paragraph_does_not_pair_with_an_earlier_opener()
    {
        const string text = "He said \"yes and\nno\" she said.";
        var (document, quotes) = Find(text);

        var quote = Assert.Single(quotes);
        Assert.Equal(("yes and", 0, -1), (document[quote.Content].ToString(), quote.Paragraph, quote.CloseToken));
    }

    [Fact]
    public void Stray_closing_mark_is_ignored()
    {
        Assert.Equal(["yes"], Contents("He said no\" and then \"yes\" twice."));
    }

    // ---- Odd input ----

    [Theory]
    [InlineData("\"\"\"\"\"")]
    [InlineData("“”“")]
    [InlineData("'")]
    [InlineData("”")]
    [InlineData("’")]
    [InlineData("«")]
    [InlineData("„")]
    [InlineData("“ ”")]
    [InlineData("\" \"")]
    [InlineData("“”")]
    public void Marks_without_words_make_no_quotation(string text)
    {
        Assert.Empty(Find(text).Quotes);
    }

    [Theory]
    [InlineData("John Doe:\"foo\"")]
    [InlineData("\"\"=")]
    [InlineData("\"\"\"\"\"")]
    [InlineData("“”“")]
    [InlineData("'")]
    [InlineData("‘’")]
    [InlineData("»«»«")]
    [InlineData("„“”‚‘’‹›")]
    [InlineData("'\"'\"'\"")]
    [InlineData("“a\n”b\n“\n“")]
    [InlineData("")]
    public void Odd_input_does_not_throw_and_gives_well_formed_spans(string text)
    {
        var (document, quotes) = Find(text);

        foreach (var q in quotes)
        {
            var paragraph = document.Paragraphs[q.Paragraph];
            Assert.True(q.Content.Length > 0);
            Assert.True(q.Content.Start >= document.Tokens[q.OpenToken].End);
            Assert.True(q.Content.End <= (q.IsClosed ? document.Tokens[q.CloseToken].Start : paragraph.Span.End));
            Assert.True(q.OpenToken >= paragraph.FirstToken && q.LastToken(document) < paragraph.EndToken);
            Assert.False(char.IsWhiteSpace(text[q.Content.Start]) || char.IsWhiteSpace(text[q.Content.End - 1]));
        }
    }

    [Fact]
    public void Very_deep_nesting_does_not_throw()
    {
        var text = string.Concat(Enumerable.Repeat("“a ‘b ", 100)) + string.Concat(Enumerable.Repeat("c’ d” ", 100));

        var (_, quotes) = Find(text);

        Assert.NotEmpty(quotes);
        Assert.All(quotes, q => Assert.InRange(q.Depth, 0, 31));
    }
}
