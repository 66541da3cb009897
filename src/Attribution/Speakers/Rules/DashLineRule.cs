using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary>
/// A quotation signed with a dash, as pull-quotes and statements are: <c>“…” — Ann Lee</c> at the end of its
/// paragraph, or a short next paragraph <c>— Ann Lee, director of the agency.</c>
/// </summary>
internal sealed class DashLineRule : IQuoteRule
{
    private const int MaxSignatureTokens = 16;

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        var paragraph = context.Document.Paragraphs[q.Paragraph];
        var last = q.LastToken(context.Document);
        if (last + 1 < paragraph.EndToken)
        {
            return Signature(context, last + 1, paragraph.EndToken);
        }

        if (q.Paragraph + 1 >= context.Document.Paragraphs.Length)
        {
            return null;
        }

        var next = context.Document.Paragraphs[q.Paragraph + 1];
        return next.TokenCount <= MaxSignatureTokens ? Signature(context, next.FirstToken, next.EndToken) : null;
    }

    private static Decision? Signature(AttributionContext context, int dash, int end)
    {
        if (context.Tokens[dash].Kind != TokenKind.Dash || end - dash > MaxSignatureTokens)
        {
            return null;
        }

        var speaker = PhraseFinder.SubjectAfter(context, dash + 1, end);
        return speaker is { } found ? new Decision(found, -1, -1, AttributionRule.DashLine, 0.85, found.EndToken) : null;
    }
}
