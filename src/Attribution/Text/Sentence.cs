namespace Attribution.Text;

/// <summary>A sentence: its span, its tokens <c>[FirstToken, EndToken)</c> and the paragraph that holds it.</summary>
internal readonly record struct Sentence(TextSpan Span, int FirstToken, int EndToken, int Paragraph);
