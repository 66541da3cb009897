using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary>
/// A quotation inside a sentence whose subject speaks: <c>Ms Berg called for an “immediate ceasefire”</c>,
/// <c>a spokesperson said the aim was to “end the war”</c>; failing that, a cue later in the sentence.
/// </summary>
internal sealed class CueInSentenceRule : IQuoteRule
{
    // How far from the quotation a cue may stand; a bound keeps the rule linear on run-on text.
    private const int Reach = 60;

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        if (IsGloss(context, q))
        {
            return null;
        }

        var sentence = context.SentenceOf(q.OpenToken);
        for (var c = q.OpenToken - 1; c >= Math.Max(sentence.FirstToken, q.OpenToken - Reach); c--)
        {
            if (context.InsideQuote[c])
            {
                continue;
            }

            var cueEnd = context.Cues.Match(context.Document, c, q.OpenToken, out _);
            if (cueEnd > 0 && PhraseFinder.IsNaming(context, c, cueEnd))
            {
                return null;
            }

            // "denounced the team's claims as a “national embarrassment”": a cue word after a possessive or an article
            // is a noun; in the frame "V the noun as “…”" the quotation is what V calls it, and V's subject speaks.
            if (cueEnd > 0 && PhraseFinder.IsNounUse(context, c) && IsAsFrame(context, cueEnd, q.OpenToken))
            {
                continue;
            }

            if (cueEnd > 0)
            {
                // A passive with no agent ("it had been promised “…”") names a hearer; a cue before it may still name
                // the speaker ("The union … said it had been promised").
                var speaker = PhraseFinder.SpeakerOf(context, c, cueEnd, sentence.FirstToken, q.OpenToken);
                if (speaker is null && PhraseFinder.IsPassive(context, c, sentence.FirstToken) && !context.IsWord(cueEnd, "by"))
                {
                    continue;
                }

                return Decide(speaker, c, cueEnd, 0.8);
            }
        }

        var last = q.LastToken(context.Document);
        var end = Math.Min(context.SentenceOf(last).EndToken, last + 1 + Reach);
        for (var c = last + 1; c < end; c++)
        {
            if (context.InsideQuote[c] || context.Tokens[c].Kind == TokenKind.QuoteMark)
            {
                continue;
            }

            // "… in the attack according to a spokesperson": according to names its source after it, which the
            // according-to rule reads; the words before it are no subject.
            var cueEnd = context.Cues.Match(context.Document, c, end, out _);
            if (cueEnd > 0 && !context.IsWord(c, "according"))
            {
                return Decide(PhraseFinder.SpeakerOf(context, c, cueEnd, last + 1, end), c, cueEnd, 0.7);
            }
        }

        return null;
    }

    /// <summary>Whether the words <c>[from, to)</c> end on <c>as</c>, perhaps with an article after it (<c>… as a</c>).</summary>
    private static bool IsAsFrame(AttributionContext context, int from, int to)
    {
        var t = to - 1;
        if (t >= from && context.Tokens[t].Kind == TokenKind.Word && (context.IsWord(t, "a") || context.IsWord(t, "an") || context.IsWord(t, "the")))
        {
            t--;
        }

        return t >= from && context.IsWord(t, "as");
    }

    private static Decision? Decide(SpeakerPhrase? speaker, int cueStart, int cueEnd, double confidence) =>
        speaker is { } found
            ? new Decision(found, cueStart, cueEnd, AttributionRule.CueInSentence, confidence, cueEnd)
            : null;

    /// <summary><c>anti-Brexit (“British exit”)</c>: a quotation alone in brackets glosses a word; nobody says it.</summary>
    internal static bool IsGloss(AttributionContext context, Quotes.QuoteSpan quote) =>
        quote.IsClosed && quote.OpenToken > 0 && quote.CloseToken + 1 < context.Tokens.Length &&
        context.IsPunctuation(quote.OpenToken - 1, '(') && context.IsPunctuation(quote.CloseToken + 1, ')');
}
