using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary>
/// <c>“A,” she said. “B.”</c>: the quotation right after an attribution that followed the previous quotation in the
/// same paragraph continues that speaker's words. A few of the writer's words may trail the cue (<c>in a statement</c>).
/// </summary>
internal sealed class SplitQuoteRule : IQuoteRule
{
    private const int MaxTrailingWords = 4;

    public Decision? TryDecide(AttributionContext context, int quote, Decision?[] decided)
    {
        if (quote == 0 || decided[quote - 1] is not { } previous || previous.Rule != AttributionRule.SpeakerAfterQuote)
        {
            return null;
        }

        var q = context.Quotes[quote];
        if (context.Quotes[quote - 1].Paragraph != q.Paragraph)
        {
            return null;
        }

        var words = 0;
        for (var t = previous.PhraseEnd; t < q.OpenToken; t++)
        {
            var kind = context.Tokens[t].Kind;
            if (kind == TokenKind.QuoteMark || (kind == TokenKind.Word && ++words > MaxTrailingWords))
            {
                return null;
            }
        }

        return previous with { Rule = AttributionRule.SplitQuote, Confidence = 0.9, PhraseEnd = q.OpenToken };
    }
}
