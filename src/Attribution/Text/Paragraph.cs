namespace Attribution.Text;

/// <summary>A paragraph: one non-blank line, trimmed, and the tokens <c>[FirstToken, EndToken)</c> inside it.</summary>
internal readonly record struct Paragraph(TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
