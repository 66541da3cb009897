namespace Attribution.Text;

/// <summary>
/// Splits text into paragraphs at line breaks (LF, CRLF, lone CR, NEL, U+2028/9). News text puts one paragraph on
/// a line; blank lines and surrounding whitespace are dropped from the spans, never from the text.
/// </summary>
internal static class ParagraphSplitter
{
    public static void Split(ReadOnlySpan<char> text, List<TextSpan> paragraphs)
    {
        var position = 0;
        while (Next(text, ref position) is { } paragraph)
        {
            paragraphs.Add(paragraph);
        }
    }

    /// <summary>How many paragraphs <see cref="Next"/> finds in <paramref name="text"/>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var position = 0;
        while (Next(text, ref position) is not null)
        {
            count++;
        }

        return count;
    }

    /// <summary>The next non-blank paragraph at or after <paramref name="position"/>, which moves past it; null at the end.</summary>
    public static TextSpan? Next(ReadOnlySpan<char> text, ref int position)
    {
        while (position <= text.Length)
        {
            var start = position;
            var length = text[start..].IndexOfAny(CharClass.LineBreakValues);
            var end = length < 0 ? text.Length : start + length;
            position = end + 1;
            var line = Trim(text, start, end);
            if (!line.IsEmpty)
            {
                return line;
            }
        }

        return null;
    }

    private static TextSpan Trim(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || char.IsControl(text[start])))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || char.IsControl(text[end - 1])))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
