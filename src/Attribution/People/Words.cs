using System.Buffers;
using System.Text;
using Attribution.Text;

namespace Attribution.People;

/// <summary>Small span helpers for reading word tokens.</summary>
internal static class Words
{
    /// <summary>The word without a trailing possessive (<c>Zelensky’s</c> → <c>Zelensky</c>, <c>Jones’</c> → <c>Jones</c>).</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 2 && CharClass.IsApostrophe(word[^2]) && word[^1] is 's' or 'S')
        {
            return word[..^2];
        }

        if (word.Length > 1 && CharClass.IsApostrophe(word[^1]))
        {
            return word[..^1];
        }

        return word;
    }

    public static bool IsPossessive(ReadOnlySpan<char> word) => Stem(word).Length != word.Length;

    public static bool IsCapitalised(Document document, Token token) =>
        token.Kind == TokenKind.Word && char.IsUpper(document.Text[token.Start]);

    public static bool IsLowerWord(Document document, Token token) =>
        token.Kind == TokenKind.Word && char.IsLower(document.Text[token.Start]);

    public static bool Is(Document document, Token token, string word) =>
        token.Kind == TokenKind.Word && document[token].Equals(word, StringComparison.OrdinalIgnoreCase);

    public static bool IsPunctuation(Document document, Token token, char c) =>
        token.Kind == TokenKind.Punctuation && token.Length == 1 && document.Text[token.Start] == c;

    /// <summary>Collapses runs of whitespace to single spaces, so a name or title broken over tabs or spaces reads as one.</summary>
    public static string CollapseWhitespace(ReadOnlySpan<char> text, StringPool pool)
    {
        if (!text.ContainsAny(WhitespaceToCollapse) && !text.Contains("  ", StringComparison.Ordinal))
        {
            return pool.Get(text);
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return pool.Get(builder.ToString());
    }

    /// <summary>Every whitespace character but the single space, which needs collapsing only when doubled.</summary>
    private static readonly SearchValues<char> WhitespaceToCollapse = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");
}
