using Attribution.Text;

namespace Attribution.Tests.Text;

/// <summary>Small readers shared by the text- and quote-stage tests: they turn spans back into strings.</summary>
internal static class TextAssert
{
    public static List<Token> Tokenize(string text)
    {
        using var tokens = new PooledList<Token>();
        Tokenizer.Instance.Tokenize(text, 0, tokens);
        return [.. tokens.AsSpan()];
    }

    public static string[] TokenTexts(string text) => [.. Tokenize(text).Select(t => t.Of(text).ToString())];

    public static Document Parse(string text) => Document.Parse(text, Tokenizer.Instance);

    public static string[] SentenceTexts(string text)
    {
        var document = Parse(text);
        return [.. document.Sentences.ToArray().Select(s => document[s.Span].ToString())];
    }

    public static string[] ParagraphTexts(string text)
    {
        var document = Parse(text);
        return [.. document.Paragraphs.ToArray().Select(p => document[p.Span].ToString())];
    }

    /// <summary>Every token lies inside the text, in order, without overlap, and never starts on whitespace.</summary>
    public static void WellFormed(string text, IReadOnlyList<Token> tokens)
    {
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"token {token} overlaps or goes backwards");
            Assert.True(token.End > token.Start, $"token {token} is empty");
            Assert.True(token.End <= text.Length, $"token {token} runs past the text");
            Assert.False(char.IsWhiteSpace(text[token.Start]), $"token {token} starts on whitespace");
            previousEnd = token.End;
        }
    }
}
