using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary>
/// <c>“A,” she said. “B.”</c>: the quotation right after an attribution that followed the previous quotation in the
/// same paragraph continues that speaker's words. The rest of the attribution's sentence may trail the cue
/// (<c>said Ann Lee, the head of the agency.</c>) as long as no other cue or quotation comes between.
/// </summary>
internal sealed class SplitQuoteRule : IQuoteRule
{
    private const int MaxTrailingWords = 24;

    private static readonly People.WordSet IrregularPasts = new(["said", "told", "wrote", "spoke", "began"]);

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        if (quote == 0 || decided[quote - 1] is not { } previous ||
            previous.Rule is not (AttributionRule.SpeakerAfterQuote or AttributionRule.AccordingTo))
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
            if (kind == TokenKind.QuoteMark || (kind == TokenKind.Word && ++words > MaxTrailingWords) ||
                (context.Cues.Match(context.Document, t, q.OpenToken, out _) > 0 && !IsBareForm(context[t])))
            {
                return null;
            }
        }

        return previous with { Rule = AttributionRule.SplitQuote, Confidence = 0.9, PhraseEnd = q.OpenToken };
    }

    /// <summary>
    /// A cue word in its bare form (<c>answer</c>, <c>comment</c>, <c>note</c>) is most often a noun or an infinitive
    /// here (<c>during a question and answer session</c>, <c>declined to comment</c>), not another attribution, which
    /// news writes in the past or present (<c>said</c>, <c>adds</c>, <c>noted</c>).
    /// </summary>
    private static bool IsBareForm(ReadOnlySpan<char> word) =>
        !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("s", StringComparison.OrdinalIgnoreCase) &&
        !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IrregularPasts.Contains(word);
}
