using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Reported speech, with the content clause as the quotation, in the three shapes news uses:
/// <list type="bullet">
/// <item><c>X said (that) &lt;clause&gt;</c>, <c>X told Y (that) &lt;clause&gt;</c>; a bare clause must open like a clause
/// and have a finite verb, so <c>announced progress on the deal</c> is not speech;</item>
/// <item><c>&lt;clause&gt;, X said.</c> and <c>&lt;clause&gt;, X said, &lt;rest&gt;</c>;</item>
/// <item><c>According to X, &lt;clause&gt;</c> and <c>&lt;clause&gt;, according to X.</c></item>
/// </list>
/// Cues already used by a direct quotation, and clauses holding quotation marks, are left to the quotations.
/// </summary>
internal static class ReportedSpeechFinder
{
    private const int AdjunctReach = 6;

    private const int RecentClauses = 8;

    private static readonly WordSet Adjuncts = new(
        ["on", "in", "at", "during", "yesterday", "today", "earlier", "later", "late", "last", "this", "again", "also", "previously",
         "recently", "the", "weekend", "morning", "afternoon", "evening", "night", "week"]);

    // The most words that may follow an attribution in the middle or at the end of its content ("on Sunday").
    private const int MaxAdjunctWords = 4;

    // The fewest words of a clause between a cue and a colon before its quotation ("said it was over: “…”").
    private const int MinColonClauseWords = 4;

    public static void Find(AttributionContext context, HashSet<int> usedCues, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        var tokens = context.Tokens;
        var insideQuote = context.InsideQuote;
        foreach (var sentence in context.Document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                // Every token of the text passes here and almost none is a cue: the cheap tests go first.
                if (tokens[t].Kind != TokenKind.Word || insideQuote[t])
                {
                    continue;
                }

                // "According to" opens sentences, so it is matched in either case; verbs only in lower case.
                if (t + 1 < sentence.EndToken && context.IsWord(t, "according") && context.IsWord(t + 1, "to"))
                {
                    if (!usedCues.Contains(t))
                    {
                        AccordingTo(context, sentence, t, t + 2, found);
                        t++;
                    }

                    continue;
                }

                var cueEnd = context.Cues.Match(context.Document, t, sentence.EndToken, out var traits);
                if (cueEnd < 0 || (usedCues.Contains(t) && !ClauseBeforeColonQuote(context, sentence, cueEnd)))
                {
                    continue;
                }

                if ((traits & (CueTraits.BareClause | CueTraits.ThatClause)) != 0)
                {
                    var count = found.Count;
                    if (!Backward(context, sentence, t, cueEnd, found))
                    {
                        Forward(context, sentence, t, cueEnd, traits, found);
                    }

                    Reconcile(context, t, cueEnd, traits, found, count);
                }

                t = cueEnd - 1;
            }
        }
    }

    /// <summary>
    /// Checks what the word patterns read at a cue (the entries of <paramref name="found"/> from <paramref name="count"/>
    /// on) against the linguistic layer (see <see cref="ParsedReport"/>). Where they read a report, it stands unless the
    /// tagger reads the cue as a noun (<c>the surveillance state, space warfare</c>, <c>made controversial comments</c>);
    /// a past form (<c>said</c>, <c>announced</c>) is a verb wherever it opens a clause, so no model is asked. Where
    /// they read none, the parse may (<c>A, her spokesman Ann Lee announced</c>).
    /// </summary>
    private static void Reconcile(AttributionContext context, int cue, int cueEnd, CueTraits traits, List<(TextSpan Content, QuoteKind, Decision)> found, int count)
    {
        var read = found.Count > count;
        if (read && IsPastForm(context[cue]))
        {
            return;
        }

        // Where the patterns read no report, the parse is asked only where it could read one: a cue after an article
        // or a possessive is a noun ("the claims", "his announcement"), which the tagger too reads as none on the corpora
        // (82 such cues, no report), and one after "to" is an infinitive, which reports nothing said yet ("expected to
        // announce", "wanted to say"; 45 cues, one parsed report, dropped later), and one followed by "by" is a passive
        // whose subject, a thing, is what was reported ("was announced by the ministry"; 23 cues, no report; the
        // extraposed "it was reported by X that A" is given up). Tagging and parsing their paragraphs was most of the
        // reported-speech stage's time.
        if (!read && (PhraseFinder.IsNounUse(context, cue) || (cue > 0 && context.IsWord(cue - 1, "to")) || (cueEnd < context.Tokens.Length && context.IsWord(cueEnd, "by"))))
        {
            return;
        }

        Span<(int Start, int End)> pieces = stackalloc (int, int)[2];
        var parsed = ParsedReport.Read(context, cue, (traits & CueTraits.Hearer) != 0, parse: !read, pieces, out var speaker);
        if (parsed < 0)
        {
            found.RemoveRange(count, found.Count - count);
            return;
        }

        var decision = new Decision(speaker, cue, cueEnd, AttributionRule.ReportedSpeech, 0.7, Math.Max(cueEnd, speaker.EndToken));
        foreach (var (start, end) in pieces[..parsed])
        {
            Add(context, start, end, decision, found);
        }
    }

    /// <summary>
    /// Whether a clause of its own stands between a quotation's cue and the colon that opens the quotation (<c>Ann
    /// Lee indicated the city was disappointed by the decision: “…”</c>): the cue then reports that clause too.
    /// </summary>
    private static bool ClauseBeforeColonQuote(AttributionContext context, Sentence sentence, int cueEnd)
    {
        var words = 0;
        for (var t = cueEnd; t + 1 < sentence.EndToken; t++)
        {
            var kind = context.Tokens[t].Kind;
            if (kind == TokenKind.QuoteMark || context.IsPunctuation(t, ','))
            {
                return false;
            }

            if (context.IsPunctuation(t, ':'))
            {
                return words >= MinColonClauseWords && context.Tokens[t + 1].Kind == TokenKind.QuoteMark;
            }

            words += kind == TokenKind.Word ? 1 : 0;
        }

        return false;
    }

    /// <summary>A past form of a reporting verb: <c>said</c>, <c>told</c>, <c>announced</c>.</summary>
    private static bool IsPastForm(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "wrote" or "written";

    /// <summary><c>X said (that) &lt;clause&gt;</c>.</summary>
    private static void Forward(
        AttributionContext context, Sentence sentence, int cue, int cueEnd, CueTraits traits, List<(TextSpan, QuoteKind, Decision)> found)
    {
        var start = cueEnd;
        if ((traits & CueTraits.Hearer) != 0)
        {
            start = SkipHearer(context, start, sentence.EndToken);
        }

        var hasThat = false;
        for (var k = start; k < Math.Min(sentence.EndToken, start + AdjunctReach); k++)
        {
            if (context.IsWord(k, "that") && Words.IsLowerWord(context.Document, context.Tokens[k]))
            {
                hasThat = true;
                start = k + 1;
                break;
            }

            // "said his plan had failed and that …", "said he would have preferred that …": a verb first means the bare
            // clause has begun, and a "that" after it is inside it.
            if (context.Tokens[k].Kind != TokenKind.Word || Clauses.IsFiniteVerb(context, k))
            {
                break;
            }
        }

        if (!hasThat)
        {
            // "In between, she testified, she was …": the interjected cue's comma opens the content.
            if (start < sentence.EndToken && context.IsPunctuation(start, ','))
            {
                start++;
            }

            start = SkipAdjunct(context, start, sentence.EndToken);
        }

        var end = Clauses.End(context, start, sentence.EndToken);

        // "indicated the port was disappointed: “We will appeal.”": the colon ends the content and opens the quotation.
        for (var k = start; k + 1 < end; k++)
        {
            if (context.IsPunctuation(k, ':') && context.Tokens[k + 1].Kind == TokenKind.QuoteMark)
            {
                end = k;
                break;
            }
        }

        if (!Clauses.IsContent(context, start, end, bare: !hasThat))
        {
            return;
        }

        var speaker = PhraseFinder.SpeakerOf(context, cue, cueEnd, sentence.FirstToken, start) ?? SharedSubject(context, cue, sentence.FirstToken);
        if (speaker is { } subject)
        {
            Add(context, start, end, new Decision(subject, cue, cueEnd, AttributionRule.ReportedSpeech, hasThat ? 0.75 : 0.7, end), found);
        }
    }

    /// <summary><c>&lt;clause&gt;, X said.</c>, <c>&lt;clause&gt;, said X.</c> and <c>&lt;clause&gt;, X said, &lt;rest&gt;</c>.</summary>
    private static bool Backward(AttributionContext context, Sentence sentence, int cue, int cueEnd, List<(TextSpan, QuoteKind, Decision)> found)
    {
        SpeakerPhrase? speaker;
        int comma;
        if (context[cue].EndsWith("ing", StringComparison.Ordinal))
        {
            // ", adding …" continues the sentence's subject; it never ends content that comes before it.
            return false;
        }

        if (cue - 1 > sentence.FirstToken && context.IsPunctuation(cue - 1, ','))
        {
            speaker = PhraseFinder.SubjectAfter(context, cueEnd, sentence.EndToken);
            comma = cue - 1;
        }
        else
        {
            speaker = PhraseFinder.SubjectBefore(context, cue, sentence.FirstToken);
            comma = speaker is { } s ? s.FirstToken - 1 : -1;
        }

        if (speaker is not { } subject || comma <= sentence.FirstToken || !context.IsPunctuation(comma, ','))
        {
            return false;
        }

        // After the attribution: the sentence ends, or after a short adjunct a comma resumes the content
        // ("…, officials said on Monday, spilled"); a longer run of words is the cue's own content, not this shape.
        var after = Math.Max(cueEnd, subject.EndToken);
        var resume = -1;
        for (var k = after; k < sentence.EndToken; k++)
        {
            if (k - after > MaxAdjunctWords)
            {
                return false;
            }

            if (context.IsPunctuation(k, ','))
            {
                resume = k + 1;
                break;
            }

            // "Regarding A, Ann Lee said it was B": a verb after the cue is its own content's, not this shape.
            if (Clauses.IsFiniteVerb(context, k))
            {
                return false;
            }

            if (context.Tokens[k].Kind != TokenKind.Word || context.IsClauseEnd(k))
            {
                break;
            }
        }

        var start = ClauseStart(context, sentence, comma);
        if (!Clauses.OpensLikeASubject(context, start))
        {
            return false;
        }

        var end = Clauses.End(context, start, comma);
        // "The blaze, firefighters said, started in a storeroom": content that resumes with its verb has its subject
        // before the attribution, however short.
        var interjected = resume > 0;
        var subjectOnly = interjected && resume < sentence.EndToken && !Clauses.OpensLikeASubject(context, resume) &&
                          Clauses.IsFiniteVerb(context, resume);
        if (!Clauses.IsContent(context, start, end, bare: !interjected, subjectOnly ? 1 : Clauses.MinWords))
        {
            return false;
        }

        var decision = new Decision(subject, cue, cueEnd, AttributionRule.ReportedSpeech, 0.7, after);
        Add(context, start, end, decision, found);
        if (interjected)
        {
            // "A, said Ann Lee, chief economist at the bank.": what resumes must be a clause, with a verb of its own; a
            // noun phrase after the speaker's comma is the speaker's apposition.
            var restEnd = Clauses.End(context, resume, sentence.EndToken);
            if (restEnd - resume >= 2 &&
                (subjectOnly || Clauses.IsContent(context, resume, restEnd, bare: true, Clauses.MinWords, needsSubject: false)))
            {
                Add(context, resume, restEnd, decision, found);
            }
        }

        return true;
    }

    /// <summary><c>According to X, &lt;clause&gt;</c>, <c>&lt;clause&gt;, according to X.</c>, <c>&lt;a&gt;, according to X, &lt;b&gt;</c>.</summary>
    private static void AccordingTo(AttributionContext context, Sentence sentence, int cue, int cueEnd, List<(TextSpan, QuoteKind, Decision)> found)
    {
        if (PhraseFinder.SubjectAfter(context, cueEnd, sentence.EndToken) is not { } source)
        {
            return;
        }

        // The source may run on in apposition: "according to the mayor, Ann Lee, on Sunday, …".
        var after = source.EndToken;
        while (after < Math.Min(sentence.EndToken, source.EndToken + Clauses.MaxTokens) && !context.IsPunctuation(after, ',') && !context.IsClauseEnd(after))
        {
            after++;
        }

        var decision = new Decision(source, cue, cueEnd, AttributionRule.ReportedSpeech, 0.75, after);
        var opensSentence = cue == sentence.FirstToken || (cue - 1 >= sentence.FirstToken && Words.IsCapitalised(context.Document, context.Tokens[cue]));
        if (!opensSentence && cue - 1 > sentence.FirstToken && context.IsPunctuation(cue - 1, ','))
        {
            // "Local officials, according to the agency, have found …": the part before may be only the subject.
            var interjected = after < sentence.EndToken && context.IsPunctuation(after, ',');
            var start = ClauseStart(context, sentence, cue - 1);
            var end = Clauses.End(context, start, cue - 1);
            if (Clauses.IsContent(context, start, end, bare: false, interjected ? 1 : Clauses.MinWords))
            {
                Add(context, start, end, decision, found);
            }
        }

        if (after < sentence.EndToken && context.IsPunctuation(after, ','))
        {
            // "According to X, A; B." reports the whole sentence; after a mid-sentence source the content ends as usual.
            var start = after + 1;
            var end = Clauses.End(context, start, sentence.EndToken, throughSemicolons: opensSentence);
            var continuing = !opensSentence && cue - 1 > sentence.FirstToken && context.IsPunctuation(cue - 1, ',');
            if (Clauses.IsContent(context, start, end, bare: !opensSentence, continuing ? 2 : Clauses.MinWords, needsSubject: !opensSentence && !continuing))
            {
                Add(context, start, end, decision, found);
            }
        }
    }

    /// <summary>
    /// "said on Friday he would …", "said yesterday the plan …": a short time or place phrase may come between the cue
    /// and a bare clause.
    /// </summary>
    private static int SkipAdjunct(AttributionContext context, int start, int limit)
    {
        if (start >= limit || !Adjuncts.Contains(context[start]) || context.IsWord(start, "the") ||
            Clauses.IsContent(context, start, Clauses.End(context, start, limit), bare: true))
        {
            return start;
        }

        for (var k = start + 1; k < Math.Min(limit, start + MaxAdjunctWords + 1); k++)
        {
            // "on Friday he …", "on 3 March the road …": the date is part of the adjunct, not the clause's subject.
            var partOfDate = context.Tokens[k].Kind == TokenKind.Number || PhraseFinder.IsTimeWord(context[k]);
            if (!partOfDate && Clauses.IsContent(context, k, Clauses.End(context, k, limit), bare: true))
            {
                return k;
            }

            // Only time and place words: "on Friday", "late Sunday", "in Paris" — not "on a distress call".
            var token = context.Tokens[k];
            if (token.Kind != TokenKind.Number && !Words.IsCapitalised(context.Document, token) && !Adjuncts.Contains(context[k]))
            {
                return start;
            }
        }

        return start;
    }

    /// <summary>Where the content before a comma starts: the sentence start, or just after an earlier semicolon.</summary>
    private static int ClauseStart(AttributionContext context, Sentence sentence, int comma)
    {
        for (var k = comma - 1; k > sentence.FirstToken && comma - k <= Clauses.MaxTokens; k--)
        {
            if (context.IsPunctuation(k, ';'))
            {
                return k + 1;
            }
        }

        // Content that would start further back than a clause can reach is no clause (an empty one).
        return comma - sentence.FirstToken <= Clauses.MaxTokens ? sentence.FirstToken : comma;
    }

    /// <summary><c>…, adding that …</c>, <c>… and said …</c>, <c>… but said …</c>: the cue shares the subject of the sentence's first verb.</summary>
    private static SpeakerPhrase? SharedSubject(AttributionContext context, int cue, int floor)
    {
        var before = cue - 1;
        if (before < floor || !(context.IsPunctuation(before, ',') || context.IsWord(before, "and") || context.IsWord(before, "but")))
        {
            return null;
        }

        for (var c = before - 1; c >= floor; c--)
        {
            if (!context.InsideQuote[c] && context.Cues.Match(context.Document, c, cue, out _) > 0 &&
                PhraseFinder.SubjectBefore(context, c, floor) is { } earlier)
            {
                return earlier;
            }
        }

        return PhraseFinder.SentenceSubject(context, floor, cue);
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

        // "told reporters", "told state media": one or two nouns, then the clause.
        var end = start + 1;
        if (end < limit && Words.IsLowerWord(context.Document, context.Tokens[end]) && !Clauses.IsContent(context, end, Clauses.End(context, end, limit), bare: true))
        {
            end++;
        }

        return context.Tokens[start].Kind == TokenKind.Word ? end : start;
    }

    /// <summary>How many tokens stand between a decision's cue and the clause of tokens <c>[start, end)</c>.</summary>
    private static int CueDistance(Decision decision, int start, int end) =>
        decision.CueStart >= end ? decision.CueStart - end : Math.Max(0, start - decision.CueEnd);

    private static void Add(AttributionContext context, int start, int end, Decision decision, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        // Quotations may nest but never cross: a clause that crosses one just found is a misreading of the same words.
        // Clauses are short and found in text order, so only the last few can reach this one.
        var span = new TextSpan(context.Tokens[start].Start, context.Tokens[end - 1].End);
        var same = -1;
        for (var i = found.Count - 1; i >= Math.Max(0, found.Count - RecentClauses); i--)
        {
            var other = found[i].Content;
            if (span.Start == other.Start)
            {
                same = i;
                continue;
            }

            var crosses = span.Start < other.End && other.Start < span.End &&
                          !(span.Start <= other.Start && other.End <= span.End) &&
                          !(other.Start <= span.Start && span.End <= other.End);
            if (crosses)
            {
                return;
            }
        }

        if (same >= 0)
        {
            // Nor is one clause reported twice. Two cues reach it when one report holds another ("A, Ms Berg said,
            // officials said"; "Znak reported its source said that A"), or when two readings of a cue start it at the
            // same word and end it in different places ("according to according to Ann Bo, A; B"): the words are
            // the speaker's whose cue stands nearer them, and the farther one reports that speaker saying them.
            if (CueDistance(decision, start, end) < CueDistance(found[same].Decision, start, end))
            {
                found[same] = (span, QuoteKind.Indirect, decision);
            }

            return;
        }

        found.Add((span, QuoteKind.Indirect, decision));
    }
}
