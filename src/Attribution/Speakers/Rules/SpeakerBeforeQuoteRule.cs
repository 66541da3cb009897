using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary><c>Ms Berg said: “…”</c>, <c>Ms Berg told the BBC: “…”</c>, <c>she said, “…”</c>, <c>he said “…”</c>.</summary>
internal sealed class SpeakerBeforeQuoteRule : IQuoteRule
{
    // How far before a colon the cue may stand: "said in a statement on Monday:".
    private const int ColonReach = 9;

    // The longest aside between dashes that may separate a cue from its quotation.
    private const int AsideReach = 16;


    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
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

        // "said — as reported by the Daily Post — “…”": step over an aside between dashes.
        if (context.Tokens[k].Kind == TokenKind.Dash)
        {
            var aside = k - 1;
            while (aside > floor && context.Tokens[aside].Kind != TokenKind.Dash && k - aside <= AsideReach)
            {
                aside--;
            }

            if (aside > floor && context.Tokens[aside].Kind == TokenKind.Dash)
            {
                k = aside;
            }
        }

        int cueStart;
        int cueEnd;
        if (context.IsPunctuation(k, ':') || context.Tokens[k].Kind == TokenKind.Dash)
        {
            // A colon or a dash may follow the cue's object: "commented on the matter — “…”".
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
            var last = context.IsPunctuation(k, ',') ? k - 1 : k;
            cueStart = last >= floor ? context.Cues.MatchEndingAt(context.Document, last, floor, open, out _) : -1;
            cueEnd = last + 1;
        }

        if (cueStart >= 0 && PhraseFinder.IsNaming(context, cueStart, cueEnd))
        {
            return null;
        }

        if (cueStart < 0 && Inverted(context, floor, k, open) is { } inverted)
        {
            return inverted;
        }

        if (cueStart < 0)
        {
            // "Ann Lee praised the crew on the radio: “…”": no cue, but a colon after a sentence about a person.
            return context.IsPunctuation(k, ':') && PhraseFinder.SentenceSubject(context, floor, open) is { } subject
                ? new Decision(subject, -1, -1, AttributionRule.SpeakerBeforeQuote, 0.75, open)
                : null;
        }

        var speaker = PhraseFinder.SpeakerOf(context, cueStart, cueEnd, floor, k) ?? PhraseFinder.SubjectAfter(context, cueEnd, k) ??
                      CoordinatedSubject(context, cueStart, floor);
        if (speaker is { Kind: SpeakerKind.Description } described && ObjectBeforeParticiple(context, described, cueStart, floor) is { } sharer)
        {
            speaker = sharer;
        }
        return speaker is { } found
            ? new Decision(found, cueStart, cueEnd, AttributionRule.SpeakerBeforeQuote, 0.95, open)
            : null;
    }

    /// <summary>
    /// <c>Ann Lee explained the decision saying “…”</c>, <c>decided not to play saying “…”</c>: the words before an
    /// <c>-ing</c> cue are the main verb's object, not the participle's subject, when a finite verb stands right
    /// before them; the participle shares that verb's subject, a person or a pronoun.
    /// </summary>
    private static SpeakerPhrase? ObjectBeforeParticiple(AttributionContext context, SpeakerPhrase described, int cue, int floor)
    {
        var verb = described.FirstToken - 1;
        if (!context[cue].EndsWith("ing", StringComparison.Ordinal) || verb <= floor || !Clauses.IsFiniteVerb(context, verb))
        {
            return null;
        }

        return PhraseFinder.SubjectBefore(context, verb, floor) is { Kind: SpeakerKind.Name or SpeakerKind.Pronoun } subject ? subject : null;
    }

    /// <summary>
    /// <c>Remarked scientist Rhea Tallis, “…”</c>, <c>Added the mayor: “…”</c>: a sentence that opens on a cue in the
    /// past tense puts its subject after it, and the subject fills the words up to the comma or colon before the
    /// quotation. A participle opening (<c>Asked about it, …</c>) is a clause, not a cue, so the subject must reach
    /// the mark exactly.
    /// </summary>
    private static Decision? Inverted(AttributionContext context, int floor, int mark, int open)
    {
        if (!(context.IsPunctuation(mark, ',') || context.IsPunctuation(mark, ':')) || mark - floor < 2)
        {
            return null;
        }

        // A hearer's verb or a question opening a sentence is a participle clause (Asked about it, …; Told of the plan, …).
        var word = context[floor];
        if (context.Tokens[floor].Kind != TokenKind.Word || !char.IsUpper(word[0]) || !context.Cues.IsPastCue(word) ||
            word.Equals("asked", StringComparison.OrdinalIgnoreCase) || word.Equals("told", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return PhraseFinder.SubjectAfter(context, floor + 1, mark) is { } speaker && speaker.EndToken == mark
            ? new Decision(speaker, floor, floor + 1, AttributionRule.SpeakerBeforeQuote, 0.95, open)
            : null;
    }

    /// <summary>
    /// <c>Ann Lee thanked the crew, adding, “…”</c> and <c>Ann Lee visited and wrote “…”</c>: a participle or a second
    /// verb shares the sentence's subject.
    /// </summary>
    private static SpeakerPhrase? CoordinatedSubject(AttributionContext context, int cue, int floor)
    {
        var before = cue - 1;
        var joined = before >= floor && (context.IsPunctuation(before, ',') || context.IsWord(before, "and"));
        return joined ? PhraseFinder.SentenceSubject(context, floor, cue) : null;
    }
}
