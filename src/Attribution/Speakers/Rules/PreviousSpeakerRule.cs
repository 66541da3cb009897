namespace Attribution.Speakers.Rules;

/// <summary>
/// A paragraph that opens with a quotation and has no cue of its own, right after a paragraph whose last quotation
/// has a speaker, continues that speaker (news runs a speaker's quotations on across paragraphs).
/// </summary>
internal sealed class PreviousSpeakerRule : IQuoteRule
{
    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        if (quote == 0 || decided[quote - 1] is not { } previous)
        {
            return null;
        }

        var q = context.Quotes[quote];
        var paragraph = context.Document.Paragraphs[q.Paragraph];
        if (q.OpenToken != paragraph.FirstToken || context.Quotes[quote - 1].Paragraph != q.Paragraph - 1)
        {
            return null;
        }

        for (var t = paragraph.FirstToken; t < paragraph.EndToken; t++)
        {
            if (!context.InsideQuote[t] && context.Cues.Match(context.Document, t, paragraph.EndToken, out _) > 0)
            {
                return null;
            }
        }

        return previous with { Rule = AttributionRule.PreviousSpeaker, Confidence = 0.6 };
    }
}
