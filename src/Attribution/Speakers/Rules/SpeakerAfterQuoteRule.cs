using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary><c>“…,” Ms Berg said</c>, <c>“…,” said Ms Berg</c>, <c>“…,” Ms Berg, the minister, told reporters</c>.</summary>
internal sealed class SpeakerAfterQuoteRule : IQuoteRule
{
    private const int Window = 16;

    public Decision? TryDecide(AttributionContext context, int quote, Decision?[] decided)
    {
        var q = context.Quotes[quote];
        if (!q.IsClosed || EndsSentence(context, q))
        {
            return null;
        }

        var paragraphEnd = context.ParagraphOf(q.CloseToken).EndToken;
        var t = q.CloseToken + 1;
        while (t < paragraphEnd && (context.IsPunctuation(t, ',') || context.Tokens[t].Kind == TokenKind.Dash))
        {
            t++;
        }

        var limit = Math.Min(paragraphEnd, t + Window);
        for (var k = t; k < limit; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsClauseEnd(k))
            {
                return null;
            }

            var cueEnd = context.Cues.Match(context.Document, k, paragraphEnd, out _);
            if (cueEnd < 0)
            {
                continue;
            }

            var speaker = k == t ? PhraseFinder.SubjectAfter(context, cueEnd, paragraphEnd) : SubjectAt(context, t, k);
            if (speaker is not { } found)
            {
                return null;
            }

            var phraseEnd = Math.Max(cueEnd, found.EndToken);
            var rule = context.IsWord(k, "according") ? AttributionRule.AccordingTo : AttributionRule.SpeakerAfterQuote;
            return new Decision(found, k, cueEnd, rule, 0.95, phraseEnd);
        }

        return null;
    }

    /// <summary>The speaker phrase must start right after the quotation; appositions may stand before the cue.</summary>
    private static SpeakerPhrase? SubjectAt(AttributionContext context, int start, int cue)
    {
        var mention = context.MentionStartingAt(start);
        if (mention >= 0)
        {
            return new SpeakerPhrase(SpeakerKind.Name, start, context.Mentions[mention].EndToken, mention);
        }

        if (PhraseFinder.IsSubjectPronoun(context, start) && cue - start <= 3)
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, start, start + 1, -1);
        }

        var subject = PhraseFinder.SubjectBefore(context, cue, start);
        return subject is { } s && s.FirstToken == start ? s : null;
    }

    /// <summary>
    /// <c>“… prayers.” President Lee remarked, “…”</c>: a quotation closed by a full stop ends its sentence, so the
    /// words after it begin the next one and speak for the next quotation, not this one.
    /// </summary>
    private static bool EndsSentence(AttributionContext context, Quotes.QuoteSpan quote)
    {
        var text = context.Document.Text;
        var last = quote.Content.End - 1;
        return text[last] == '.' && (last == 0 || text[last - 1] != '.') && quote.CloseToken + 1 < context.Tokens.Length &&
               Words.IsCapitalised(context.Document, context.Tokens[quote.CloseToken + 1]);
    }
}
