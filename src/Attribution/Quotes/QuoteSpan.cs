using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// A paired (or paragraph-ended) quotation: the tokens of its marks and the content between them, trimmed.
/// <see cref="CloseToken"/> is -1 when the paragraph ended before a closing mark.
/// </summary>
internal readonly record struct QuoteSpan(
    int OpenToken,
    int CloseToken,
    TextSpan Content,
    int Paragraph,
    int Depth,
    bool ContinuesPrevious,
    bool ContinuesNext)
{
    public bool IsClosed => CloseToken >= 0;

    /// <summary>The last token that belongs to the quotation: its closing mark, or the paragraph's last token.</summary>
    public int LastToken(Document document) => IsClosed ? CloseToken : document.Paragraphs[Paragraph].EndToken - 1;
}
