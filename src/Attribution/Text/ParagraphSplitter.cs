namespace Attribution.Text;

/// <summary>
/// Splits text into paragraphs at line breaks (LF, CRLF, lone CR, NEL, U+2028/9). News text puts one paragraph on
/// a line; blank lines and surrounding whitespace are dropped from the spans, never from the text.
/// </summary>
internal static class ParagraphSplitter
{
    public static void Split(ReadOnlySpan<char> text, List<TextSpan> paragraphs)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !CharClass.IsLineBreak(text[i]))
            {
                continue;
            }

            var line = Trim(text, start, i);
            if (!line.IsEmpty)
            {
                paragraphs.Add(line);
            }

            start = i + 1;
        }
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
