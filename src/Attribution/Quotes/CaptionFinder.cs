using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// Photo captions scraped with an article (<c>Protesters hold a banner reading “…”. Image: Ann Lee.</c>) carry a
/// credit label; a quotation in them is a sign or a slogan, not speech.
/// </summary>
internal sealed class CaptionFinder(Document document)
{
    // Paragraphs are checked once each, however many quotations they hold: 0 unknown, 1 caption, 2 not.
    private readonly byte[] known = new byte[document.Paragraphs.Length];

    public bool IsCaption(int paragraph)
    {
        if (known[paragraph] == 0)
        {
            known[paragraph] = IsCaption(document, paragraph) ? (byte)1 : (byte)2;
        }

        return known[paragraph] == 1;
    }

    public static bool IsCaption(Document document, int paragraph)
    {
        var p = document.Paragraphs[paragraph];
        for (var t = p.FirstToken; t + 1 < p.EndToken; t++)
        {
            var token = document.Tokens[t];
            var next = document.Tokens[t + 1];
            if (token.Kind == TokenKind.Word && next.Kind == TokenKind.Punctuation && document.Text[next.Start] == ':' &&
                IsCreditLabel(document[token]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCreditLabel(ReadOnlySpan<char> word) =>
        word is "Image" or "Photo" or "Photograph" or "Picture" or "Credit" or "Illustration" or "Video";
}
