using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Reported speech: <c>X said (that) &lt;clause&gt;</c> and <c>X told Y (that) &lt;clause&gt;</c>, with the content clause
/// as the quotation. Verbs that take only a that-clause need the <c>that</c> (<c>announced progress</c> is not speech);
/// a bare clause needs a finite verb. A clause holding quotation marks is left to the quotation it holds.
/// </summary>
internal static class ReportedSpeechFinder
{
    private const int AdjunctReach = 6;
    private const int MinClauseWords = 3;

    private static readonly WordSet FiniteMarkers = new(
    [
        "is", "was", "were", "are", "had", "has", "have", "will", "would", "could", "should", "must", "may", "might",
        "can", "did", "does", "do", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "isn't", "wasn't",
        "weren't", "aren't", "hadn't", "hasn't", "haven't", "shall", "needed", "needs", "wanted", "wants",
    ]);

    private static readonly WordSet ClauseOpeners = new(["in", "on", "at", "during", "after", "before", "to", "with", "by", "for", "from", "of", "about", "as", "and", "but", "or", "so"]);

    public static void Find(AttributionContext context, HashSet<int> usedCues, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        foreach (var sentence in context.Document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (context.InsideQuote[t] || usedCues.Contains(t))
                {
                    continue;
                }

                var cueEnd = context.Cues.Match(context.Document, t, sentence.EndToken, out var traits);
                if (cueEnd < 0 || (traits & (CueTraits.BareClause | CueTraits.ThatClause)) == 0)
                {
                    continue;
                }

                if (TryClause(context, sentence, t, cueEnd, traits) is { } clause)
                {
                    found.Add((clause.Content, QuoteKind.Indirect, clause.Decision));
                    t = sentence.EndToken;
                }
            }
        }
    }

    private static (TextSpan Content, Decision Decision)? TryClause(AttributionContext context, Sentence sentence, int cue, int cueEnd, CueTraits traits)
    {
        var start = cueEnd;
        if ((traits & CueTraits.Hearer) != 0)
        {
            start = SkipHearer(context, start, sentence.EndToken);
        }

        var hasThat = false;
        for (var k = start; k < Math.Min(sentence.EndToken, start + AdjunctReach); k++)
        {
            if (context.IsWord(k, "that") && !char.IsUpper(context[k][0]))
            {
                hasThat = true;
                start = k + 1;
                break;
            }

            if (context.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }
        }

        if (!hasThat && (traits & CueTraits.BareClause) == 0)
        {
            return null;
        }

        var end = sentence.EndToken;
        while (end > start && context.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.QuoteMark or TokenKind.Dash)
        {
            end--;
        }

        if (end - start < MinClauseWords || ClauseOpeners.Contains(context[start]) || context.Tokens[start].Kind != TokenKind.Word)
        {
            return null;
        }

        var words = 0;
        var finite = hasThat;
        for (var k = start; k < end; k++)
        {
            var kind = context.Tokens[k].Kind;
            if (kind == TokenKind.QuoteMark || context.IsClauseEnd(k) || context.IsPunctuation(k, ':'))
            {
                return null;
            }

            words += kind == TokenKind.Word ? 1 : 0;
            finite |= k > start && kind == TokenKind.Word && IsFinite(context[k]);
        }

        if (words < MinClauseWords || !finite)
        {
            return null;
        }

        var speaker = PhraseFinder.SubjectBefore(context, cue, sentence.FirstToken);
        if (speaker is not { } subject)
        {
            return null;
        }

        var content = new TextSpan(context.Tokens[start].Start, context.Tokens[end - 1].End);
        var decision = new Decision(subject, cue, cueEnd, AttributionRule.ReportedSpeech, hasThat ? 0.75 : 0.7, end);
        return (content, decision);
    }

    /// <summary>Skips the hearer after <c>told</c>: a name, a pronoun, <c>reporters</c>, or a determiner and its noun.</summary>
    private static int SkipHearer(AttributionContext context, int start, int limit)
    {
        if (start >= limit)
        {
            return start;
        }

        var mention = context.MentionStartingAt(start);
        if (mention >= 0)
        {
            return context.Mentions[mention].EndToken;
        }

        if (PhraseFinder.IsDeterminer(context[start]) && start + 1 < limit)
        {
            var k = start + 1;
            while (k < limit && Words.IsCapitalised(context.Document, context.Tokens[k]))
            {
                k++;
            }

            return k == start + 1 ? k + 1 : k;
        }

        return context.Tokens[start].Kind == TokenKind.Word ? start + 1 : start;
    }

    private static bool IsFinite(ReadOnlySpan<char> word) =>
        FiniteMarkers.Contains(word) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal));
}
