using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// What makes a stretch of tokens a content clause: a subject-like start, a finite verb, no quotation marks. Shared
/// by the shapes of reported speech.
/// </summary>
internal static class Clauses
{
    public const int MinWords = 3;

    /// <summary>The longest content, in tokens, that a reported clause may have.</summary>
    public const int MaxTokens = 150;

    private const int MaxSubjectWords = 8;

    private static readonly WordSet Auxiliaries = new(
    [
        "is", "was", "were", "are", "had", "has", "have", "will", "would", "could", "should", "must", "may", "might",
        "can", "did", "does", "do", "won't", "wouldn't", "couldn't", "can't", "didn't", "doesn't", "isn't", "wasn't",
        "weren't", "aren't", "hadn't", "hasn't", "haven't", "shall", "needed", "needs", "wanted", "wants", "remains",
        "remained", "began", "came", "went", "made", "took", "gave", "found", "left", "knew", "thought", "became",
        "fell", "rose", "hit", "ran", "saw", "got", "held", "kept", "lost", "met", "paid", "sold", "sent", "spent",
        "stood", "won", "wrote", "struck", "broke", "led", "fled", "caught", "brought", "bought", "built", "felt",
        "heard", "meant", "shot", "sought", "taught", "died", "killed", "spoke", "told", "said", "asked", "believe", "believes", "think", "thinks",
        "know", "knows", "expect", "expects", "plan", "plans", "remain", "appear", "appears", "seem", "seems", "face",
        "faces", "continue", "continues", "intend", "intends", "maintain", "maintains", "include", "includes",
    ]);

    private static readonly WordSet SubjectStarts = new(
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some",
        "many", "several", "all", "both", "each", "every", "no", "most", "more", "few", "he", "she", "it", "they", "we",
        "i", "you", "there", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "police", "officials", "authorities", "people",
    ]);

    private static readonly WordSet Comments = new(["meaning", "whereas"]);

    private static readonly WordSet NotSubjects = new(
    [
        "in", "on", "at", "during", "after", "before", "to", "with", "by", "for", "from", "of", "about", "as", "and", "but",
        "or", "so", "if", "when", "while", "because", "although", "though", "not", "no", "also", "then", "again",
        "goodbye", "hello", "thanks", "yes", "sorry", "nothing", "something", "anything", "more", "less", "yesterday",
        "today", "tomorrow", "tonight", "earlier", "later", "recently", "previously",
    ]);

    private static readonly WordSet Determiners = new(["a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this", "that"]);

    /// <summary>Whether <c>[start, end)</c> can be reported content; a bare clause must also open like one and have a finite verb.</summary>
    public static bool IsContent(AttributionContext context, int start, int end, bool bare) =>
        IsContent(context, start, end, bare, MinWords);

    /// <summary>As above, with the fewest words the content may have (a fragment interrupted by its source is short).</summary>
    public static bool IsContent(AttributionContext context, int start, int end, bool bare, int minWords) =>
        IsContent(context, start, end, bare, minWords, needsSubject: bare);

    /// <summary>
    /// The general form: <paramref name="bare"/> content needs a finite verb near its start, and, when
    /// <paramref name="needsSubject"/>, must open like a clause ("…, according to X, have noted …" resumes with its verb).
    /// </summary>
    public static bool IsContent(AttributionContext context, int start, int end, bool bare, int minWords, bool needsSubject)
    {
        if (end <= start || context.Tokens[start].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return false;
        }

        var words = 0;
        var finite = !bare;
        for (var k = start; k < end; k++)
        {
            // A bare clause's verb comes after a short subject; a verb only far in is not this clause's.
            if (bare && !finite && words >= MaxSubjectWords)
            {
                return false;
            }

            var token = context.Tokens[k];
            if (token.Kind == TokenKind.QuoteMark || context.InsideQuote[k] || context.IsPunctuation(k, ':'))
            {
                return false;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }

            finite |= k > start && token.Kind == TokenKind.Word && IsFinite(context, k);
        }

        if (words < minWords || !finite)
        {
            return false;
        }

        return !needsSubject || OpensLikeASubject(context, start);
    }

    /// <summary>Where content that starts at <paramref name="start"/> ends: before a semicolon, or a comma that leads to another cue.</summary>
    public static int End(AttributionContext context, int start, int limit) => End(context, start, limit, throughSemicolons: false);

    /// <summary>As above; content that a source introduces for a whole sentence ("According to X, A; B.") runs through semicolons.</summary>
    public static int End(AttributionContext context, int start, int limit, bool throughSemicolons)
    {
        // Reported content longer than this is not one clause; the cap keeps the stage linear on run-on text.
        if (limit - start > MaxTokens)
        {
            limit = start + MaxTokens;
            for (var k = start; k < limit; k++)
            {
                if (EndsContent(context, k, throughSemicolons))
                {
                    return End(context, start, k + 1, throughSemicolons);
                }
            }

            return start;
        }

        for (var k = start; k < limit; k++)
        {
            if (EndsContent(context, k, throughSemicolons))
            {
                return Trim(context, start, k);
            }

            // ", meaning …", ", whereas …": a comment on the content, not part of it.
            if (context.IsPunctuation(k, ',') && k + 1 < limit && Comments.Contains(context[k + 1]))
            {
                return Trim(context, start, k);
            }

            // "… would stay open and added that …": a second cue joined by "and" or "but" starts new content.
            if ((context.IsWord(k, "and") || context.IsWord(k, "but")) && k > start && k + 1 < limit &&
                context.Cues.Match(context.Document, k + 1, limit, out _) > 0)
            {
                return Trim(context, start, k);
            }

            // ", but said …", ", adding …", ", which he said …", ", according to …": the content is over.
            if (context.IsPunctuation(k, ','))
            {
                for (var n = k + 1; n < Math.Min(limit, k + 4); n++)
                {
                    if (context.Cues.Match(context.Document, n, limit, out _) > 0)
                    {
                        return Trim(context, start, k);
                    }
                }
            }
        }

        return Trim(context, start, limit);
    }

    private static bool EndsContent(AttributionContext context, int k, bool throughSemicolons) =>
        context.IsPunctuation(k, ';') ? !throughSemicolons : context.IsClauseEnd(k);

    private static int Trim(AttributionContext context, int start, int end)
    {
        while (end > start && context.Tokens[end - 1].Kind is TokenKind.Punctuation or TokenKind.Dash or TokenKind.QuoteMark)
        {
            end--;
        }

        return end;
    }

    /// <summary>Not a preposition, conjunction, infinitive or verb: "sex had been", "the chances were", "Lee left".</summary>
    public static bool OpensLikeASubject(AttributionContext context, int start)
    {
        var token = context.Tokens[start];
        if (token.Kind == TokenKind.Number || Words.IsCapitalised(context.Document, token) || SubjectStarts.Contains(context[start]))
        {
            return true;
        }

        return !NotSubjects.Contains(context[start]) && !IsFinite(context, start) && !context[start].EndsWith("ing", StringComparison.Ordinal);
    }

    /// <summary>An auxiliary or common past form, or an -ed word that is not an adjective after a determiner.</summary>
    public static bool IsFiniteVerb(AttributionContext context, int k) => IsFinite(context, k);

    private static bool IsFinite(AttributionContext context, int k)
    {
        var word = context[k];
        if (!Words.IsLowerWord(context.Document, context.Tokens[k]))
        {
            return false;
        }

        if (Auxiliaries.Contains(word))
        {
            return true;
        }

        return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && (k == 0 || !Determiners.Contains(context[k - 1]));
    }
}
