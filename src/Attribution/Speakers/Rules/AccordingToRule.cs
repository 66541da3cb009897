namespace Attribution.Speakers.Rules;

/// <summary><c>according to X</c> anywhere in the quotation's sentence, outside the quotation.</summary>
internal sealed class AccordingToRule : IQuoteRule
{
    // How far from the quotation "according to" may stand; a bound keeps the rule linear on run-on text.
    private const int Reach = 60;

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        var sentence = context.SentenceOf(q.OpenToken);
        var last = q.LastToken(context.Document);
        for (var t = Math.Max(sentence.FirstToken, q.OpenToken - Reach); t + 1 < Math.Min(sentence.EndToken, last + Reach); t++)
        {
            if (context.InsideQuote[t] || !context.IsWord(t, "according") || !context.IsWord(t + 1, "to"))
            {
                continue;
            }

            var speaker = PhraseFinder.SubjectAfter(context, t + 2, sentence.EndToken);
            if (speaker is { } found)
            {
                return new Decision(found, t, t + 2, AttributionRule.AccordingTo, 0.85, found.EndToken);
            }
        }

        return null;
    }
}
