namespace Attribution.Speakers.Rules;

/// <summary>A paragraph that reopens a quotation left open by the previous paragraph has that quotation's speaker.</summary>
internal sealed class ContinuedParagraphRule : IQuoteRule
{
    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        if (!q.ContinuesPrevious || quote == 0 || decided[quote - 1] is not { } previous)
        {
            return null;
        }

        var before = context.Quotes[quote - 1];
        return before.ContinuesNext && before.Paragraph == q.Paragraph - 1
            ? previous with { Rule = AttributionRule.ContinuedParagraph, Confidence = 0.9 }
            : null;
    }

    /// <summary>
    /// The attribution of a multi-paragraph quotation often comes only in its last paragraph; carry it back to the
    /// earlier paragraphs once every quotation has had its turn.
    /// </summary>
    public static void FillBackwards(AttributionContext context, Decisions decided)
    {
        for (var i = context.Quotes.Count - 2; i >= 0; i--)
        {
            var q = context.Quotes[i];
            var next = context.Quotes[i + 1];
            if (decided[i] is null && q.ContinuesNext && next.ContinuesPrevious && decided[i + 1] is { } later)
            {
                decided[i] = later with { Rule = AttributionRule.ContinuedParagraph, Confidence = 0.85 };
            }
        }
    }
}
