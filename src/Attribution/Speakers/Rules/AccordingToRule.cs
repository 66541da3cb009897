namespace Attribution.Speakers.Rules;

/// <summary><c>according to X</c> anywhere in the quotation's sentence, outside the quotation.</summary>
internal sealed class AccordingToRule : IQuoteRule
{
    public Decision? TryDecide(AttributionContext context, int quote, Decision?[] decided)
    {
        var q = context.Quotes[quote];
        var sentence = context.SentenceOf(q.OpenToken);
        for (var t = sentence.FirstToken; t + 1 < sentence.EndToken; t++)
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
