using System.Buffers;
using System.Globalization;

namespace Attribution.Text;

/// <summary>Character classes shared by the stages, so that every stage agrees on what a quote mark or a dash is.</summary>
internal static class CharClass
{
    public const string QuoteMarks = "\"'“”‘’«»„‚‹›‟‛「」『』";

    public static readonly SearchValues<char> QuoteMarkValues = SearchValues.Create(QuoteMarks);

    /// <summary>Line breaks that end a paragraph line: LF, CR, NEL, line and paragraph separators.</summary>
    public static readonly SearchValues<char> LineBreakValues = SearchValues.Create("\n\r\u0085\u2028\u2029");

    public static bool IsQuoteMark(char c) => QuoteMarkValues.Contains(c);

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsDash(char c) => c is '—' or '–' or '―' or '‒';

    public static bool IsWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c))
        {
            return true;
        }

        if (c < 128)
        {
            return c == '_';
        }

        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 128 && char.IsLetter(c));

    /// <summary>Line breaks that end a paragraph line: LF, CR, NEL, line and paragraph separators.</summary>
    public static bool IsLineBreak(char c) => LineBreakValues.Contains(c);

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}';
}
