using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary><c>“…,” Ms Berg said</c>, <c>“…,” said Ms Berg</c>, <c>“…,” Ms Berg, the minister, told reporters</c>.</summary>
internal sealed class SpeakerAfterQuoteRule : IQuoteRule
{
    private const int Window = 16;

    private static readonly WordSet RelativeWords = new(["who", "whom", "whose", "which"]);

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
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

            // "“…,” one librarian, who asked not to be named, said": a relative clause set off by commas describes the
            // subject, read back from its comma; the verb after it is the cue, whatever verbs the clause holds.
            var cue = k > t && AfterRelativeClause(context, k, paragraphEnd) is var after and >= 0 ? after : k;
            var cueEnd = context.Cues.Match(context.Document, cue, paragraphEnd, out _);
            if (cueEnd < 0)
            {
                continue;
            }

            if (PhraseFinder.IsNaming(context, cue, cueEnd))
            {
                return null;
            }

            var speaker = k == t ? PhraseFinder.SubjectAfter(context, cueEnd, paragraphEnd) : SubjectAt(context, t, k);
            if (speaker is not { } found)
            {
                return null;
            }

            var phraseEnd = Math.Max(cueEnd, found.EndToken);
            if (IntroducesNextQuote(context, phraseEnd) && IsIntroduced(context, q.OpenToken))
            {
                // "X said, “…?” Y said, “…”": Y's words open the next quotation; this one already has X.
                return null;
            }

            var rule = context.IsWord(cue, "according") ? AttributionRule.AccordingTo : AttributionRule.SpeakerAfterQuote;
            return new Decision(found, cue, cueEnd, rule, 0.95, phraseEnd);
        }

        return null;
    }

    /// <summary>
    /// The token after the comma that closes a relative clause opened at <paramref name="comma"/> (<c>, who …,</c>), or
    /// -1 when no relative clause opens there or it does not close within the sentence.
    /// </summary>
    private static int AfterRelativeClause(AttributionContext context, int comma, int paragraphEnd)
    {
        if (!context.IsPunctuation(comma, ',') || comma + 1 >= paragraphEnd || !RelativeWords.Contains(context[comma + 1]))
        {
            return -1;
        }

        var limit = Math.Min(paragraphEnd, comma + 2 + Window);
        for (var k = comma + 2; k < limit; k++)
        {
            if (context.Tokens[k].Kind == TokenKind.QuoteMark || context.IsClauseEnd(k))
            {
                return -1;
            }

            if (context.IsPunctuation(k, ','))
            {
                return k + 1 < paragraphEnd ? k + 1 : -1;
            }
        }

        return -1;
    }

    /// <summary>The speaker phrase must start right after the quotation; appositions may stand before the cue.</summary>
    private static SpeakerPhrase? SubjectAt(AttributionContext context, int start, int cue)
    {
        if (PhraseFinder.IsSubjectPronoun(context, start) && cue - start <= 3)
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, start, start + 1, -1);
        }

        // The subject read back from the cue, so that "Hong Kong director of the charity Ann Lee said" gives Ann Lee;
        // it must reach back to the quotation, or be a name that only title words separate from it.
        var subject = PhraseFinder.SubjectBefore(context, cue, start);
        if (subject is { } s && (s.FirstToken == start || (s.Kind == SpeakerKind.Name && IsTitleLead(context, start, s.FirstToken))))
        {
            return s;
        }

        var mention = context.MentionStartingAt(start);
        return mention >= 0 ? new SpeakerPhrase(SpeakerKind.Name, start, context.Mentions[mention].EndToken, mention) : null;
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

    /// <summary>Capitalised words, perhaps joined by lower-case ones, with no punctuation: a title before a name.</summary>
    private static bool IsTitleLead(AttributionContext context, int start, int name)
    {
        if (!Words.IsCapitalised(context.Document, context.Tokens[start]))
        {
            return false;
        }

        for (var t = start; t < name; t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IntroducesNextQuote(AttributionContext context, int phraseEnd) =>
        phraseEnd + 1 < context.Tokens.Length && (context.IsPunctuation(phraseEnd, ',') || context.IsPunctuation(phraseEnd, ':')) &&
        context.IsQuoteBoundary(phraseEnd + 1);

    /// <summary>The quotation follows a cue and a comma or colon: <c>X said, “…”</c>.</summary>
    private static bool IsIntroduced(AttributionContext context, int open)
    {
        var k = open - 1;
        if (k < 1 || !(context.IsPunctuation(k, ',') || context.IsPunctuation(k, ':')))
        {
            return false;
        }

        return context.Cues.MatchEndingAt(context.Document, k - 1, Math.Max(0, k - 3), open, out _) >= 0;
    }
}
