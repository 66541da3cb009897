using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary><c>Ms Berg said: “…”</c>, <c>Ms Berg told the BBC: “…”</c>, <c>she said, “…”</c>, <c>he said “…”</c>.</summary>
internal sealed class SpeakerBeforeQuoteRule : IQuoteRule
{
    // How far before a colon the cue may stand: "said in a statement on Monday:".
    private const int ColonReach = 9;

    // How many capitalised words may stand before the subject of a sentence that ends in a colon.
    private const int SubjectReach = 4;

    public Decision? TryDecide(AttributionContext context, int quote, Decision?[] decided)
    {
        var q = context.Quotes[quote];
        var open = q.OpenToken;
        var floor = context.SentenceOf(open).FirstToken;
        var k = open - 1;
        if (q.ContinuesPrevious)
        {
            return null;
        }

        if (k < floor)
        {
            // A quotation that opens its paragraph, after a paragraph that ends "Ann Lee said:".
            var paragraph = context.Document.Paragraphs[q.Paragraph];
            return open == paragraph.FirstToken ? IntroFinder.Find(context, q.Paragraph - 1) : null;
        }

        int cueStart;
        int cueEnd;
        if (context.IsPunctuation(k, ':'))
        {
            cueStart = -1;
            cueEnd = -1;
            for (var c = k - 1; c >= Math.Max(floor, k - ColonReach); c--)
            {
                if (context.Tokens[c].Kind == TokenKind.QuoteMark)
                {
                    break;
                }

                var end = context.Cues.Match(context.Document, c, k, out _);
                if (end > 0)
                {
                    cueStart = c;
                    cueEnd = end;
                    break;
                }
            }
        }
        else
        {
            var last = context.IsPunctuation(k, ',') || context.Tokens[k].Kind == TokenKind.Dash ? k - 1 : k;
            cueStart = last >= floor ? context.Cues.MatchEndingAt(context.Document, last, floor, open, out _) : -1;
            cueEnd = last + 1;
        }

        if (cueStart < 0)
        {
            return context.IsPunctuation(k, ':') ? SentenceSubject(context, floor, open) : null;
        }

        var speaker = PhraseFinder.SubjectBefore(context, cueStart, floor) ?? PhraseFinder.SubjectAfter(context, cueEnd, k);
        return speaker is { } found
            ? new Decision(found, cueStart, cueEnd, AttributionRule.SpeakerBeforeQuote, 0.95, open)
            : null;
    }

    /// <summary>
    /// <c>Ann Lee praised the crew on Twitter: “…”</c>: no cue, but a colon introduces the quotation and the sentence
    /// opens with a person.
    /// </summary>
    private static Decision? SentenceSubject(AttributionContext context, int floor, int open)
    {
        // The subject may follow a few capitalised words ("Former CIA deputy director Ann Lee praised …").
        for (var t = floor; t < Math.Min(open, floor + SubjectReach); t++)
        {
            var mention = context.MentionStartingAt(t);
            if (mention >= 0 && context.People.PersonOf(mention) >= 0)
            {
                return new Decision(
                    new SpeakerPhrase(SpeakerKind.Name, t, context.Mentions[mention].EndToken, mention),
                    -1, -1, AttributionRule.SpeakerBeforeQuote, 0.75, open);
            }

            if (!Words.IsCapitalised(context.Document, context.Tokens[t]))
            {
                return null;
            }
        }

        return null;
    }
}
