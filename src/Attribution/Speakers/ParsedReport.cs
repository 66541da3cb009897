using Attribution.Linguistics;
using Attribution.Speakers.Rules;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Reported speech read from the sentence's dependency parse, for the cues whose words the patterns of
/// <see cref="ReportedSpeechFinder"/> do not read as a report. A reporting verb the tagger reads as a verb reports
/// <list type="bullet">
/// <item>its clause complement (<c>ccomp</c>), after it or before it: <c>X said (that) A</c>, <c>X told Y (that) A</c>,
/// <c>A, X announced</c>, and in a relative clause <c>a launch, which the agency said could slip to June</c>
/// (the relative pronoun is the content's subject, so the content is <c>could slip to June</c>);</item>
/// <item>or, set into the clause it reports or after it (<c>parataxis</c>), that clause without its own words:
/// <c>A, officials said, B</c> gives <c>A</c> and <c>B</c>.</item>
/// </list>
/// Its speaker is the verb's subject (a passive's agent), borrowed through conjuncts and participles for a verb with none
/// (<c>…, claiming A</c>). A verb with an object reports a thing, not a clause (<c>announced a deal it brokered</c>),
/// unless it names a hearer (<c>informed the board that A</c>) or the object is the clause's misread subject.
/// </summary>
internal static class ParsedReport
{
    // The fewest words a clause complement may have ("he resigned"); a piece of an interrupted clause may be one word.
    private const int MinWords = 2;

    /// <summary>
    /// The content that the cue at token <paramref name="cue"/> reports, as at most two token ranges written to
    /// <paramref name="pieces"/> (two when the attribution interrupts its content), and its speaker; 0 when the parse
    /// reads no report there, -1 when the tagger does not read the cue as a verb. Unless <paramref name="parse"/>, only the
    /// tags are read.
    /// </summary>
    public static int Read(AttributionContext context, int cue, bool hearer, bool parse, Span<(int Start, int End)> pieces, out SpeakerPhrase speaker)
    {
        speaker = default;
        var analysis = Analyzed(context, cue);
        var verb = analysis.FirstWordOfToken[cue];
        if (verb < 0 || analysis.UposOf(verb) != PartOfSpeech.Verb)
        {
            return -1;
        }

        var s = analysis.SentenceOfWord(verb);
        var sentence = analysis.Sentences.AsSpan()[s];
        if (sentence.Length > ParseSelection.MaxWords)
        {
            // A run-on "sentence" is not parsed (see EnsureParsed).
            return 0;
        }

        if (!parse || !HasOtherVerb(analysis, sentence, verb))
        {
            // Decided from the tags, before the parser runs: content needs a verb of its own.
            return 0;
        }

        analysis.EnsureParsed(s);
        var obj = hearer ? -1 : GoverningVerbRule.Dependent(analysis, verb, "obj", -1, -1);

        // "A launch, which the agency said could slip": a relative pronoun before the verb is the content's subject,
        // however the parse attached it, not a thing the verb reports.
        if (obj >= 0 && obj < verb && analysis.XposOf(obj) is "WDT" or "WP")
        {
            obj = -1;
        }

        Span<int> first = stackalloc int[sentence.Length];
        Span<int> last = stackalloc int[sentence.Length];
        Subtrees(analysis, sentence, first, last);
        var content = Complement(analysis, sentence, verb);
        var objectIsSubject = false;
        if (obj >= 0)
        {
            // A verb with an object reports a thing ("announced a deal the council brokered"), unless the object is
            // the subject the clause after it lacks ("claiming the contract had been broken" misread).
            objectIsSubject = content > obj && analysis.RelationOf(content) == "ccomp" && !HasSubject(analysis, content);
            if (!objectIsSubject)
            {
                return 0;
            }
        }

        int count;
        int subject;
        if (content >= 0 && IsBareReport(context, analysis, sentence, content))
        {
            // "A, Ms Berg said, officials said": the second report is of the first, which has the content.
            return 0;
        }

        if (content >= 0)
        {
            var from = first[(objectIsSubject ? obj : content) - sentence.FirstWord];
            var to = last[content - sentence.FirstWord] + 1;
            subject = NearestSubject(analysis, sentence, verb, from, to);
            if (subject < 0)
            {
                subject = GoverningVerbRule.SubjectOf(analysis, verb, from, to);
            }

            if (from > verb)
            {
                from = AfterAdjuncts(analysis, sentence, content, from, first);
            }
            count = Piece(context, analysis, from, to, clip: from > verb, MinWords, pieces);
        }
        else if (IsSetInto(analysis, sentence, verb, first) && analysis.Heads.AsSpan()[verb] is var head and >= 0)
        {
            // Set into its content or after it: the content is the clause the verb hangs from, less the attribution.
            var from = first[head - sentence.FirstWord];
            var to = last[head - sentence.FirstWord] + 1;
            var cutFrom = first[verb - sentence.FirstWord];
            var cutTo = last[verb - sentence.FirstWord] + 1;
            subject = SubjectOnly(analysis, verb);
            count = Piece(context, analysis, from, cutFrom, clip: false, 1, pieces);
            count += Piece(context, analysis, cutTo, to, clip: true, 1, pieces[count..]);
            if (count == 0 || Words(context, pieces[..count]) < Clauses.MinWords)
            {
                return 0;
            }
        }
        else
        {
            return 0;
        }

        // A subject that is no word (an undecodable mark the tagger took for a name) names nobody.
        if (count == 0 || subject < 0 || context.Tokens[analysis.Words.AsSpan()[subject].Token].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            return 0;
        }

        // The speaker's words stop at the content; an interrupting speaker stands between the pieces, outside both.
        var (start, end) = pieces[count - 1];
        if (GoverningVerbRule.Phrase(context, analysis, subject, FirstWordOf(analysis, start), FirstWordOf(analysis, end)) is not { } phrase)
        {
            return 0;
        }

        // A speaker holding quotation marks is a misread phrase of the writer's ("the anti-flood (“water wall”) scheme").
        for (var t = phrase.FirstToken; t < phrase.EndToken; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.QuoteMark || context.InsideQuote[t])
            {
                return 0;
            }
        }

        // The parse may cut a name its subject is part of ("USCG Captain Ann Lee" read as "USCG", then "Captain Ann Lee").
        speaker = phrase.Kind == SpeakerKind.Description && GoverningVerbRule.NameAt(context, analysis.Words.AsSpan()[subject].Token) is { } name
            ? name
            : phrase;
        return count;
    }

    private static LinguisticDocument Analyzed(AttributionContext context, int token)
    {
        var analysis = context.Linguistics;
        analysis.EnsureAnalyzed(context.SentenceOf(token).Paragraph);
        return analysis;
    }

    /// <summary>
    /// The clause complement of <paramref name="verb"/>, the first after it where the parse gives several (a misread
    /// word before the verb may hang from it as one too), else one before it, else a clause it has as <c>parataxis</c>
    /// before it or after it with no punctuation between (<c>said on Monday morning the road would close</c>); -1 for
    /// none.
    /// </summary>
    private static int Complement(LinguisticDocument analysis, WordRange sentence, int verb)
    {
        var heads = analysis.Heads.AsSpan();
        int before = -1, loose = -1;
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (heads[w] != verb)
            {
                continue;
            }

            var relation = analysis.RelationOf(w);
            if (relation == "ccomp")
            {
                if (w > verb)
                {
                    return w;
                }

                before = w;
            }
            else if (relation == "parataxis" && loose < 0 && (w < verb || Adjoins(analysis, verb, w)))
            {
                loose = w;
            }
        }

        return before >= 0 ? before : loose;
    }

    private static bool HasOtherVerb(LinguisticDocument analysis, WordRange sentence, int verb)
    {
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (w != verb && analysis.UposOf(w) is PartOfSpeech.Verb or PartOfSpeech.Aux)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="word"/> is a reporting verb with no content of its own (<c>officials said</c>).</summary>
    private static bool IsBareReport(AttributionContext context, LinguisticDocument analysis, WordRange sentence, int word)
    {
        if (!context.Cues.IsCueWord(analysis.Words.AsSpan()[word].Of(context.Document.Text)))
        {
            return false;
        }

        var heads = analysis.Heads.AsSpan();
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (heads[w] == word && analysis.RelationOf(w) is "ccomp" or "parataxis" or "obj")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The verb's subject outside the content <c>[from, to)</c>, the nearest before it where the parse gives several
    /// (<c>Riverton Roads official Ana Kell said</c> may hang <c>Riverton</c> from the verb too), else the first after
    /// it (<c>…, said the mayor</c>); -1 for none.
    /// </summary>
    private static int NearestSubject(LinguisticDocument analysis, WordRange sentence, int verb, int from, int to)
    {
        var heads = analysis.Heads.AsSpan();
        var subject = -1;
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (heads[w] != verb || (w >= from && w < to) || analysis.RelationOf(w) != "nsubj")
            {
                continue;
            }

            if (w > verb)
            {
                return subject >= 0 ? subject : w;
            }

            subject = w;
        }

        return subject;
    }

    /// <summary>
    /// Where bare content starts once the time and place words that the parse hangs from its verb before its subject
    /// are left out: <c>said yesterday morning the road would close</c> reports <c>the road would close</c>. After
    /// <c>that</c> they are the content's own (<c>said that, after the vote, the road would close</c>).
    /// </summary>
    private static int AfterAdjuncts(LinguisticDocument analysis, WordRange sentence, int content, int from, ReadOnlySpan<int> first)
    {
        var heads = analysis.Heads.AsSpan();
        var subject = -1;
        for (var w = sentence.FirstWord; w < sentence.EndWord && subject < 0; w++)
        {
            if (heads[w] == content && analysis.RelationOf(w) is "nsubj" or "nsubj:pass" or "expl")
            {
                subject = w;
            }
        }

        if (subject < 0 || first[subject - sentence.FirstWord] <= from)
        {
            return from;
        }

        var start = first[subject - sentence.FirstWord];
        for (var w = from; w < start; w++)
        {
            if (heads[w] != content)
            {
                continue;
            }

            var relation = analysis.RelationOf(w);
            if (!(relation.StartsWith("obl", StringComparison.Ordinal) || relation is "advmod" or "nmod:tmod"))
            {
                return from;
            }
        }

        return start;
    }

    /// <summary>
    /// Whether the verb is an attribution set into the clause it hangs from or put after it: <c>parataxis</c>, or a
    /// clause the parse joins on after a comma with no word that would make it one of the writer's own (<c>A, her
    /// spokesman announced</c> read as <c>advcl</c> or <c>conj</c>; not <c>A, and she said</c>, <c>A, because she said</c>).
    /// </summary>
    private static bool IsSetInto(LinguisticDocument analysis, WordRange sentence, int verb, ReadOnlySpan<int> first)
    {
        var relation = analysis.RelationOf(verb);
        if (relation == "parataxis")
        {
            return true;
        }

        var head = analysis.Heads.AsSpan()[verb];
        var start = first[verb - sentence.FirstWord];
        if (relation is not ("advcl" or "conj") || head < 0 || head > verb || start - 1 <= head ||
            analysis.Words.AsSpan()[start].Of(analysis.Text) is not "," && analysis.Words.AsSpan()[start - 1].Of(analysis.Text) is not ",")
        {
            return false;
        }

        var heads = analysis.Heads.AsSpan();
        for (var w = start; w < verb; w++)
        {
            if (heads[w] == verb && analysis.RelationOf(w) is "cc" or "mark")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether only words, no punctuation, stand between <paramref name="verb"/> and the clause <paramref name="clause"/> after it.</summary>
    private static bool Adjoins(LinguisticDocument analysis, int verb, int clause)
    {
        var heads = analysis.Heads.AsSpan();
        for (var w = verb + 1; w < clause; w++)
        {
            // The clause's own words (its subject) may stand before it; anything else must be a word.
            if (heads[w] != clause && analysis.UposOf(w) == PartOfSpeech.Punct)
            {
                return false;
            }
        }

        return HasSubject(analysis, clause);
    }

    private static bool HasSubject(LinguisticDocument analysis, int clause) =>
        GoverningVerbRule.Dependent(analysis, clause, "nsubj", -1, -1) >= 0 || GoverningVerbRule.Dependent(analysis, clause, "nsubj:pass", -1, -1) >= 0;

    /// <summary>The verb's own subject (or a passive's agent), not one borrowed from the clause it is set into.</summary>
    private static int SubjectOnly(LinguisticDocument analysis, int verb)
    {
        if (GoverningVerbRule.Dependent(analysis, verb, "nsubj", -1, -1) is var subject and >= 0)
        {
            return subject;
        }

        return GoverningVerbRule.Dependent(analysis, verb, "nsubj:pass", -1, -1) >= 0
            ? GoverningVerbRule.Dependent(analysis, verb, "obl:agent", -1, -1)
            : -1;
    }

    /// <summary>Each word's subtree as the range of words <c>[first, last]</c> it spans (a greedy arc-eager parse is projective).</summary>
    private static void Subtrees(LinguisticDocument analysis, WordRange sentence, Span<int> first, Span<int> last)
    {
        var heads = analysis.Heads.AsSpan();
        for (var i = 0; i < sentence.Length; i++)
        {
            first[i] = last[i] = sentence.FirstWord + i;
        }

        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            var node = heads[w];
            for (var steps = 0; node >= sentence.FirstWord && node < sentence.EndWord && steps < sentence.Length; steps++)
            {
                var i = node - sentence.FirstWord;
                first[i] = Math.Min(first[i], w);
                last[i] = Math.Max(last[i], w);
                node = heads[node];
            }
        }
    }

    /// <summary>
    /// Words <c>[from, to)</c> as a token range without the punctuation and the <c>that</c> at its edges; written to
    /// <paramref name="pieces"/> (returning 1) when it has <paramref name="minWords"/> words and no quotation marks.
    /// Content after its cue ends where the word patterns end it (before <c>, adding …</c>, a semicolon).
    /// </summary>
    private static int Piece(
        AttributionContext context, LinguisticDocument analysis, int from, int to, bool clip, int minWords, Span<(int Start, int End)> pieces)
    {
        if (to <= from || pieces.IsEmpty)
        {
            return 0;
        }

        var words = analysis.Words.AsSpan();
        var start = words[from].Token;
        var end = words[to - 1].Token + 1;
        while (start < end && (context.Tokens[start].Kind is not (TokenKind.Word or TokenKind.Number) ||
                               (context.IsWord(start, "that") && People.Words.IsLowerWord(context.Document, context.Tokens[start]))))
        {
            start++;
        }

        if (clip && start < end)
        {
            end = Clauses.End(context, start, end);
        }

        while (end > start && context.Tokens[end - 1].Kind is not (TokenKind.Word or TokenKind.Number))
        {
            end--;
        }

        var count = 0;
        for (var t = start; t < end; t++)
        {
            if (context.Tokens[t].Kind == TokenKind.QuoteMark || context.InsideQuote[t])
            {
                return 0;
            }

            if (context.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                count++;
            }
        }

        if (count < minWords)
        {
            return 0;
        }

        pieces[0] = (start, end);
        return 1;
    }

    private static int Words(AttributionContext context, ReadOnlySpan<(int Start, int End)> pieces)
    {
        var count = 0;
        foreach (var (start, end) in pieces)
        {
            for (var t = start; t < end; t++)
            {
                if (context.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>The first word of token <paramref name="token"/>, or the word count past the last token.</summary>
    private static int FirstWordOf(LinguisticDocument analysis, int token)
    {
        var firstWords = analysis.FirstWordOfToken;
        return token < firstWords.Length ? firstWords[token] : analysis.Words.Count;
    }
}
