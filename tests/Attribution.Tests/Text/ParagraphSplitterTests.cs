using Attribution.Text;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Text;

public class ParagraphSplitterTests
{
    private static List<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        ParagraphSplitter.Split(text, spans);
        return spans;
    }

    private static string[] SplitTexts(string text) => [.. Split(text).Select(s => s.Of(text).ToString())];

    // ---- Line breaks ----

    [Theory]
    [InlineData("One\nTwo\nThree")]
    [InlineData("One\r\nTwo\r\nThree")]
    [InlineData("One\rTwo\rThree")]
    [InlineData("One\r\nTwo\nThree")]
    [InlineData("One\u2028Two\u2029Three")]
    [InlineData("One\u0085Two\nThree")]
    public void Each_line_is_a_paragraph_whatever_the_line_break(string text)
    {
        Assert.Equal(["One", "Two", "Three"], SplitTexts(text));
    }

    [Fact]
    public void Crlf_spans_have_real_offsets()
    {
        const string text = "Ab\r\nCd\rEf";

        Assert.Equal([new TextSpan(0, 2), new TextSpan(4, 6), new TextSpan(7, 9)], Split(text));
    }

    [Fact]
    public void Single_line_without_a_break_is_one_paragraph()
    {
        Assert.Equal([new TextSpan(0, 9)], Split("Just this"));
    }

    // ---- Blank lines and trimming ----

    [Theory]
    [InlineData("One\n\nTwo")]
    [InlineData("One\r\n\r\n\r\nTwo")]
    [InlineData("\n\nOne\n   \n\t\nTwo\n\n")]
    [InlineData("One\r\r\u00A0\rTwo\r")]
    public void Blank_lines_are_skipped(string text)
    {
        Assert.Equal(["One", "Two"], SplitTexts(text));
    }

    [Fact]
    public void Spans_are_trimmed_but_the_text_is_not()
    {
        const string text = "  \tFirst line.  \n\u00A0 Second line.\t\u0001\n";

        Assert.Equal([new TextSpan(3, 14), new TextSpan(19, 31)], Split(text));
        Assert.Equal(["First line.", "Second line."], SplitTexts(text));
    }

    [Fact]
    public void Inner_whitespace_is_kept()
    {
        Assert.Equal(["A  B\tC"], SplitTexts(" A  B\tC "));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("  \t \u0001 ")]
    public void Blank_text_has_no_paragraphs(string text)
    {
        Assert.Empty(Split(text));
    }

    // ---- Through Document.Parse ----

    [Fact]
    public void Document_paragraphs_own_their_tokens()
    {
        const string text = "Talks resume\r\n\r\nThe envoy said no.\rShe left";
        var document = Parse(text);

        Assert.Equal(["Talks resume", "The envoy said no.", "She left"], ParagraphTexts(text));
        Assert.Equal([(0, 2), (2, 7), (7, 9)], document.Paragraphs.ToArray().Select(p => (p.FirstToken, p.EndToken)));
        Assert.All(document.Paragraphs.ToArray(), p => Assert.True(p.TokenCount > 0));
    }

    [Fact]
    public void Headline_and_body_are_separate_paragraphs()
    {
        const string text = "Council backs new bridge\nThe council voted on Monday. It was unanimous.";
        var document = Parse(text);

        Assert.Equal(2, document.Paragraphs.Length);
        Assert.Equal([0, 1, 1], document.Sentences.ToArray().Select(s => s.Paragraph));
    }
}
