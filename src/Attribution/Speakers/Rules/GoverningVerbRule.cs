using Attribution.Linguistics;

namespace Attribution.Speakers.Rules;

/// <summary>
/// The speaker from the parse, where no word pattern applies: the verb that governs the quotation (the head, outside
/// it, of the quotation's own words, or a verb outside it that hangs from them, as in <c>“…,” the envoy added</c>),
/// then that verb's subject. A verb with no subject of its own borrows its governor's through participles,
/// conjuncts and open complements (<c>Ema Voss rejected the budget, calling it “a tax on hope”</c>); a passive verb
/// gives its agent (<c>was described by the judge as “reckless”</c>); an <c>-ing</c> participle on a noun gives the noun,
/// a passive one nobody (<c>a process called “exfiltration”</c> is a name, not speech). A description with a name in
/// apposition is that person. Any verb may govern words that make a sentence (<c>Ada Lind reacted on social media:
/// “We will rebuild.”</c> has no reporting verb at all), but a quotation of a few words or a title needs a reporting
/// verb, and a description speaks only through one: the writer's own scare quotes and titles hang from verbs too
/// (<c>adverts for “Keeping up with the Kardashians”</c>), and so do things (<c>the sign read “…”</c>).
/// </summary>
internal sealed class GoverningVerbRule : IQuoteRule
{
    private const int MaxClimb = 3;
    private const int MaxFragmentWords = 4;
    private const int MaxDescriptionWords = 12;
    private const int MaxNameTokens = 8;
    private const int MaxSentenceWords = ParseSelection.MaxWords;
    private const int MaxCueDistance = 2 * MaxSentenceWords;
    private const double Confidence = 0.7;

    public bool ReadsParse => true;

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        var isShort = IsShort(context, q);
        if (isShort && !CueNear(context, q) && !NameBefore(context, q))
        {
            // Decided from the tokens alone, before any model runs: a short quotation needs a reporting verb or a
            // named person before it to govern it.
            return null;
        }

        // A gloss reads no speaker whatever the parse says; it is known from its brackets, before any model runs.
        if (CueInSentenceRule.IsGloss(context, q))
        {
            return null;
        }

        var analysis = context.Linguistics;
        analysis.EnsureAnalyzed(q.Paragraph);
        var firstWords = analysis.FirstWordOfToken;
        var paragraph = context.Document.Paragraphs[q.Paragraph];
        var start = firstWords[Math.Min(q.OpenToken + 1, paragraph.EndToken - 1)];
        var end = q.IsClosed ? firstWords[q.CloseToken] : WordAfter(analysis, paragraph.EndToken);
        if (start < 0 || end <= start)
        {
            return null;
        }

        // A word's head is in its own sentence, so only the sentences the quotation marks cut can hang it from a verb
        // outside; those wholly inside are not parsed, nor run-ons too long to read.
        foreach (var s in (ReadOnlySpan<int>)[analysis.SentenceOfWord(start), analysis.SentenceOfWord(end - 1)])
        {
            if (analysis.Sentences.AsSpan()[s].Length <= MaxSentenceWords)
            {
                analysis.EnsureParsed(s);
            }
        }

        var verb = GoverningVerb(context, analysis, start, end);
        if (verb >= 0 && analysis.Sentences.AsSpan()[analysis.SentenceOfWord(verb)].Length > MaxSentenceWords)
        {
            // A run-on "sentence" of hundreds of words parses badly, and reading its tree per quotation would cost
            // its length each time.
            return null;
        }

        if (verb < 0)
        {
            return null;
        }

        var verbText = analysis.Words.AsSpan()[verb].Of(context.Document.Text);
        var reports = context.Cues.IsCueWord(verbText);

        var subject = SubjectOf(analysis, verb, start, end);
        if (subject < 0 || Phrase(context, analysis, subject, start, end) is not { } phrase)
        {
            return null;
        }

        // A few quoted words that a named person's verb takes are that person's (Biden referred to them as “chumps”,
        // accused him of “trying to scare America”); a thing's or a description's are the writer's scare quotes, and a
        // title is a work's name whoever's verb it hangs from (Ada Lind starred in “Chain of Light”).
        if (isShort && !reports && (phrase.Kind != SpeakerKind.Name || Quotes.QuoteClassifier.IsTitle(context.Document.Text.AsSpan(q.Content.Start, q.Content.Length))))
        {
            return null;
        }

        // Things hang quotations from verbs too (the report found “…”, a banner reading “…”, the sign read “…”): a
        // description gives words through another verb only when they are set out as speech (the ministry made an
        // announcement: “…”), and through one that documents share (read) only when it names someone the article knows.
        if (phrase.Kind == SpeakerKind.Description && SpeakerResolver.Resolve(context, phrase) is not { Person: >= 0 } &&
            (verbText.StartsWith("read", StringComparison.OrdinalIgnoreCase) ||
             (!reports && !Quotes.QuoteClassifier.IntroducedAsSpeech(context.Document, q))))
        {
            return null;
        }

        var cue = analysis.Words.AsSpan()[verb].Token;
        return new Decision(phrase, cue, cue + 1, AttributionRule.GoverningVerb, Confidence, Math.Max(cue + 1, phrase.EndToken));
    }

    /// <summary>Whether a known cue word stands outside the quotation in the sentences its marks are in (a bounded look).</summary>
    private static bool CueNear(AttributionContext context, Quotes.QuoteSpan quote)
    {
        var document = context.Document;
        var first = document.Sentences[document.SentenceOfToken[quote.OpenToken]].FirstToken;
        var close = quote.IsClosed ? quote.CloseToken : quote.OpenToken;
        var end = document.Sentences[document.SentenceOfToken[close]].EndToken;
        first = Math.Max(first, quote.OpenToken - MaxCueDistance);
        end = Math.Min(end, close + 1 + MaxCueDistance);
        for (var t = first; t < end; t++)
        {
            if ((t < quote.OpenToken || t > close) && context.Cues.IsCueWord(context[t]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a name the people stage found stands before the quotation in its sentence (a bounded look).</summary>
    private static bool NameBefore(AttributionContext context, Quotes.QuoteSpan quote)
    {
        var document = context.Document;
        var first = Math.Max(document.Sentences[document.SentenceOfToken[quote.OpenToken]].FirstToken, quote.OpenToken - MaxCueDistance);
        for (var t = first; t < quote.OpenToken; t++)
        {
            if (context.MentionStartingAt(t) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsShort(AttributionContext context, Quotes.QuoteSpan quote)
    {
        var content = context.Document.Text.AsSpan(quote.Content.Start, quote.Content.Length);
        return Quotes.QuoteClassifier.IsTitle(content) || Quotes.QuoteClassifier.CountWords(content) <= MaxFragmentWords;
    }

    private static int WordAfter(LinguisticDocument analysis, int token)
    {
        var firstWords = analysis.FirstWordOfToken;
        return token < firstWords.Length ? firstWords[token] : analysis.Words.Count;
    }

    /// <summary>The verb outside <c>[start, end)</c> that governs the words inside, or -1.</summary>
    private static int GoverningVerb(AttributionContext context, LinguisticDocument analysis, int start, int end)
    {
        var heads = analysis.Heads.AsSpan();
        for (var w = start; w < end; w++)
        {
            var head = heads[w];
            if (head >= 0 && (head < start || head >= end))
            {
                // Hung from a noun, the quotation is that noun's modifier (the “new” ward, a ward that was “…”) unless
                // it completes the noun as an argument does (the protesters as “vandals”, the council of “wasting …”).
                // A conjunct of another quotation's verb (saying “the reef is dying” and “nobody listens”) is not
                // governed by that quoted verb but by what governs the first quotation. Set loosely beside a verb further
                // off (parataxis), a quotation that opens right after a verb is that verb's object all the same (led Lind
                // to express “…”).
                var quotedConjunct = analysis.RelationOf(w) is "conj" && context.InsideQuote[analysis.Words.AsSpan()[head].Token];
                var verbBefore = start - 2;
                if (analysis.RelationOf(w) is "parataxis" && verbBefore >= 0 && verbBefore != head && IsVerb(analysis, verbBefore) &&
                    analysis.SentenceOfWord(verbBefore) == analysis.SentenceOfWord(start) && analysis.UposOf(start - 1) == PartOfSpeech.Punct)
                {
                    return verbBefore;
                }

                return quotedConjunct ? SharedGovernor(analysis, head)
                    : IsVerb(analysis, head) ? head
                    : analysis.RelationOf(w) is "nmod" or "acl" ? VerbAbove(analysis, head)
                    : analysis.RelationOf(w) is "conj" ? SharedGovernor(analysis, head)
                    : -1;
            }
        }

        // The quotation is its sentence's root: a verb outside that hangs from it reports it ("…,” she said).
        var sentence = analysis.Sentences.AsSpan()[analysis.SentenceOfWord(start)];
        if (sentence.Length > MaxSentenceWords)
        {
            return -1;
        }

        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if ((w < start || w >= end) && heads[w] >= start && heads[w] < end && IsVerb(analysis, w) && HasSubject(analysis, w))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>
    /// The verb that governs the first of a series of conjuncts (<c>saying “…” and “…”</c>: the second quotation hangs
    /// from the first), or -1.
    /// </summary>
    private static int SharedGovernor(LinguisticDocument analysis, int conjunct)
    {
        var heads = analysis.Heads.AsSpan();
        for (var climb = 0; climb <= MaxClimb && conjunct >= 0 && analysis.RelationOf(conjunct) == "conj"; climb++)
        {
            conjunct = heads[conjunct];
        }

        var governor = conjunct >= 0 ? heads[conjunct] : -1;
        return governor >= 0 && IsVerb(analysis, governor) ? governor : -1;
    }

    /// <summary>
    /// The verb at or above <paramref name="word"/> through the noun phrase it sits in (<c>referred to the protesters
    /// as “vandals”</c> hangs the quotation from the protesters, <c>accused the council of “wasting …”</c> from the
    /// council), or -1; a bounded climb that stops at a clause.
    /// </summary>
    private static int VerbAbove(LinguisticDocument analysis, int word)
    {
        for (var climb = 0; climb <= MaxClimb && word >= 0; climb++)
        {
            if (IsVerb(analysis, word))
            {
                return word;
            }

            if (analysis.UposOf(word) is not (PartOfSpeech.Noun or PartOfSpeech.Propn or PartOfSpeech.Pron) ||
                analysis.RelationOf(word) is not ("obj" or "obl" or "nmod" or "iobj"))
            {
                return -1;
            }

            word = analysis.Heads.AsSpan()[word];
        }

        return -1;
    }

    /// <summary>The subject of <paramref name="verb"/>, borrowed from its governors where it has none, or -1.</summary>
    internal static int SubjectOf(LinguisticDocument analysis, int verb, int start, int end)
    {
        var subject = SubjectOf(analysis, verb, start, end, out var prepositional);
        return subject >= 0 ? subject : prepositional;
    }

    // A subject never follows a preposition; one that does (with wife Kim Lor, screaming “…”) is the parser misreading
    // a prepositional object, so the verb's subject is borrowed from its governor instead, and that one is kept, as
    // prepositional, only for when there is none (Biden, during his conference, countered: the aside set off by commas).
    private static int SubjectOf(LinguisticDocument analysis, int verb, int start, int end, out int prepositional)
    {
        prepositional = -1;
        for (var climb = 0; climb <= MaxClimb && verb >= 0; climb++)
        {
            // "The Gazette quoted Hal Orne as saying “…”": who is quoted speaks, not who quotes, also where the parse hangs
            // the quotation from the quoting verb itself ("… as saying “A” and “B”", B a conjunct of quoted).
            if (IsQuoting(analysis, verb) && Dependent(analysis, verb, "obj", start, end) is var quoted and >= 0)
            {
                return quoted;
            }

            if (Dependent(analysis, verb, "nsubj", start, end) is var subject and >= 0)
            {
                // "Chris Lowe, who denounced …": a relative pronoun stands for the noun its clause modifies, which after a
                // comma is the name or noun just before it, however the parse attached the clause.
                var modified = analysis.Heads.AsSpan()[verb];
                if (analysis.XposOf(subject) is "WP" or "WDT")
                {
                    if (Antecedent(analysis, subject) is var before and >= 0 && (before < start || before >= end))
                    {
                        return before;
                    }

                    if (analysis.RelationOf(verb) == "acl:relcl" && modified >= 0 && (modified < start || modified >= end))
                    {
                        return modified;
                    }
                }

                if (Dependent(analysis, subject, "case", -1, -1) < 0 && !PrepositionMarks(analysis, verb, subject))
                {
                    return subject;
                }

                prepositional = prepositional < 0 ? subject : prepositional;
            }

            if (Dependent(analysis, verb, "nsubj:pass", start, end) >= 0)
            {
                return AgentOf(analysis, verb, start, end);
            }

            var relation = analysis.RelationOf(verb);
            if (relation == "acl")
            {
                // A participle on a noun: the noun does it (the mayor, calling it “…”) unless it is done to it (a process
                // called “…”).
                var noun = analysis.Heads.AsSpan()[verb];
                if (noun < 0 || (noun >= start && noun < end))
                {
                    return -1;
                }

                // An infinitive on a verb's object is that verb's subject's (she announced her plan to choose …,
                // saying “…”).
                if (analysis.XposOf(verb) != "VBG")
                {
                    var planning = analysis.Heads.AsSpan()[noun];
                    if (analysis.XposOf(verb) == "VB" && analysis.RelationOf(noun) == "obj" && planning >= 0 && IsVerb(analysis, planning))
                    {
                        verb = planning;
                        continue;
                    }

                    return -1;
                }

                // A statement issued by someone speaks for them (officials signed a letter saying …, she delivered a
                // speech declaring …): the subject of the verb the statement is the object of.
                var issuing = analysis.Heads.AsSpan()[noun];
                if (analysis.RelationOf(noun) == "obj" && issuing >= 0 && IsVerb(analysis, issuing) &&
                    PhraseFinder.IsStatement(analysis.Words.AsSpan()[noun].Of(analysis.Text)) &&
                    Dependent(analysis, issuing, "nsubj", start, end) is var issuer and >= 0)
                {
                    return issuer;
                }

                return noun;
            }

            if (relation is not ("conj" or "xcomp" or "advcl" or "parataxis" or "ccomp") && !relation.StartsWith("advcl:", StringComparison.Ordinal))
            {
                return -1;
            }

            // "The backlash led Lind to express “…”": an infinitive after a verb's object is the object's to do.
            var governor = analysis.Heads.AsSpan()[verb];
            // The parser may read such an infinitive as a purpose clause (advcl); after a verb whose object does what it
            // is led, urged or asked to, it is the object's all the same.
            if (governor >= 0 &&
                (relation == "xcomp" || (relation.StartsWith("advcl", StringComparison.Ordinal) && analysis.XposOf(verb) == "VB" && IsObjectControl(analysis, governor))) &&
                Dependent(analysis, governor, "obj", start, end) is var controller and >= 0 &&
                controller < verb && analysis.UposOf(controller) is PartOfSpeech.Propn or PartOfSpeech.Noun or PartOfSpeech.Pron)
            {
                return controller;
            }

            verb = governor;
        }

        return -1;
    }

    /// <summary>
    /// Whether the verb is marked by a preposition standing before the subject (<c>with wife Kim Lor, screaming</c>):
    /// the parse of an absolute construction, which a comma between subject and participle says is a prepositional
    /// object instead.
    /// </summary>
    private static bool PrepositionMarks(LinguisticDocument analysis, int verb, int subject)
    {
        var mark = Dependent(analysis, verb, "mark", -1, -1);
        if (mark < 0 || mark > subject || analysis.UposOf(mark) != PartOfSpeech.Adp)
        {
            return false;
        }

        var words = analysis.Words.AsSpan();
        for (var w = subject + 1; w < verb; w++)
        {
            if (words[w].Of(analysis.Text) is ",")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The head of the name or noun just before <c>, who</c>, or -1 when no comma and noun stand there.</summary>
    private static int Antecedent(LinguisticDocument analysis, int relative)
    {
        var sentence = analysis.Sentences.AsSpan()[analysis.SentenceOfWord(relative)];
        var noun = relative - 2;
        if (noun < sentence.FirstWord || analysis.Words.AsSpan()[relative - 1].Of(analysis.Text) is not "," ||
            analysis.UposOf(noun) is not (PartOfSpeech.Propn or PartOfSpeech.Noun))
        {
            return -1;
        }

        for (var climb = 0; climb <= MaxNameTokens && analysis.RelationOf(noun) is "flat" or "compound"; climb++)
        {
            noun = analysis.Heads.AsSpan()[noun];
        }

        return noun;
    }

    // Verbs whose object does the infinitive after it (led her to say, urged him to resign), in their forms.
    private static readonly System.Collections.Frozen.FrozenSet<string> ObjectControlIrregular =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["lead", "leads", "leading", "led", "tell", "tells", "telling", "told", "drive", "drives", "driving", "drove", "driven"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] ObjectControlStems = ["prompt", "forc", "urg", "ask", "persuad", "caus", "encourag", "inspir", "compel", "allow", "invit", "spur", "pressur"];

    /// <summary>Whether the verb's object is the one to do an infinitive after it (<c>led Lind to express</c>).</summary>
    private static bool IsObjectControl(LinguisticDocument analysis, int verb)
    {
        var word = analysis.Words.AsSpan()[verb].Of(analysis.Text);
        if (ObjectControlIrregular.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        foreach (var stem in ObjectControlStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the verb is <c>quote</c> or <c>cite</c> in some form, which report another's words.</summary>
    private static bool IsQuoting(LinguisticDocument analysis, int verb)
    {
        var word = analysis.Words.AsSpan()[verb].Of(analysis.Text);
        return word.StartsWith("quot", StringComparison.OrdinalIgnoreCase) || word.StartsWith("cit", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The noun of a passive verb's <c>by</c> phrase (<c>obl:agent</c>), or -1.</summary>
    private static int AgentOf(LinguisticDocument analysis, int verb, int start, int end) => Dependent(analysis, verb, "obl:agent", start, end);

    private static bool HasSubject(LinguisticDocument analysis, int verb) =>
        Dependent(analysis, verb, "nsubj", -1, -1) >= 0 || Dependent(analysis, verb, "nsubj:pass", -1, -1) >= 0;

    /// <summary>The first dependent of <paramref name="head"/> with this relation, outside <c>[start, end)</c>.</summary>
    internal static int Dependent(LinguisticDocument analysis, int head, string relation, int start, int end)
    {
        var sentence = analysis.Sentences.AsSpan()[analysis.SentenceOfWord(head)];
        var heads = analysis.Heads.AsSpan();
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (heads[w] == head && (w < start || w >= end) && analysis.RelationOf(w) == relation)
            {
                return w;
            }
        }

        return -1;
    }

    private static bool IsVerb(LinguisticDocument analysis, int word) => analysis.UposOf(word) is PartOfSpeech.Verb;

    /// <summary>The subject as a speaker phrase: a pronoun, a person's name, or a description of at most a few words.</summary>
    internal static SpeakerPhrase? Phrase(AttributionContext context, LinguisticDocument analysis, int subject, int start, int end)
    {
        var words = analysis.Words.AsSpan();
        var token = words[subject].Token;
        var upos = analysis.UposOf(subject);
        if (upos == PartOfSpeech.Pron)
        {
            return PhraseFinder.IsSubjectPronoun(context, token) ? new SpeakerPhrase(SpeakerKind.Pronoun, token, token + 1, -1) : null;
        }

        if (upos is not (PartOfSpeech.Noun or PartOfSpeech.Propn))
        {
            return null;
        }

        // A name's word is that name, title and all ("former governor Chris Lowe, who …").
        if (upos == PartOfSpeech.Propn && NameAt(context, token) is { } name)
        {
            return name;
        }

        // A description with a name in apposition is that person (the firm's chief, Lena Ruiz, …).
        if (upos == PartOfSpeech.Noun && Dependent(analysis, subject, "appos", start, end) is var apposed and >= 0 &&
            NameAt(context, words[apposed].Token) is { } named)
        {
            return named;
        }

        // The subject's own words: its subtree, without a relative clause or an apposition after it.
        var (first, last) = Subtree(analysis, subject, start, end);
        var firstToken = words[first].Token;
        var endToken = words[last].Token + 1;
        for (var t = firstToken; t < endToken; t++)
        {
            var mention = context.MentionStartingAt(t);
            if (mention >= 0 && context.Mentions[mention].FirstToken <= token && token < context.Mentions[mention].EndToken)
            {
                return new SpeakerPhrase(SpeakerKind.Name, t, context.Mentions[mention].EndToken, mention);
            }
        }

        // "Biden, during his conference, also countered …": a name set off by a comma at the phrase's start is the
        // subject, however the parse attached the aside after it.
        if (context.MentionStartingAt(firstToken) is var opening and >= 0 && context.IsVerifiedPerson(opening) &&
            context.Mentions[opening].EndToken < endToken && context.IsPunctuation(context.Mentions[opening].EndToken, ','))
        {
            return new SpeakerPhrase(SpeakerKind.Name, firstToken, context.Mentions[opening].EndToken, opening);
        }

        // What a comma sets off after the head is an aside, not the description (officials, including …, said).
        for (var w = subject + 1; w <= last; w++)
        {
            if (analysis.UposOf(w) == PartOfSpeech.Punct && words[w].Of(analysis.Text) is ",")
            {
                last = w - 1;
                endToken = words[last].Token + 1;
                break;
            }
        }

        if (last - first + 1 > MaxDescriptionWords)
        {
            return null;
        }

        // "a State Department spokesperson, Morgan Ortagus, indicated": a name set off by commas right after the
        // description is the person it describes, however the parse attached it.
        if (endToken + 1 < context.Tokens.Length && context.IsPunctuation(endToken, ',') && context.MentionStartingAt(endToken + 1) is var setOff and >= 0 &&
            context.Mentions[setOff].EndToken < context.Tokens.Length && context.IsPunctuation(context.Mentions[setOff].EndToken, ',') &&
            context.IsVerifiedPerson(setOff))
        {
            return new SpeakerPhrase(SpeakerKind.Name, endToken + 1, context.Mentions[setOff].EndToken, setOff);
        }

        return new SpeakerPhrase(SpeakerKind.Description, firstToken, endToken, -1);
    }

    /// <summary>The name mention that covers <paramref name="token"/>, as a speaker phrase, or null.</summary>
    internal static SpeakerPhrase? NameAt(AttributionContext context, int token)
    {
        // Names are a few words long; looking back a bounded way keeps the rule linear.
        for (var t = token; t >= 0 && t > token - MaxNameTokens; t--)
        {
            var mention = context.MentionStartingAt(t);
            if (mention >= 0 && context.Mentions[mention].EndToken > token)
            {
                return new SpeakerPhrase(SpeakerKind.Name, t, context.Mentions[mention].EndToken, mention);
            }
        }

        return null;
    }

    /// <summary>The first and last word of <paramref name="word"/>'s subtree, cut at clauses and at the quotation.</summary>
    private static (int First, int Last) Subtree(LinguisticDocument analysis, int word, int start, int end)
    {
        var sentence = analysis.Sentences.AsSpan()[analysis.SentenceOfWord(word)];
        var heads = analysis.Heads.AsSpan();
        int first = word, last = word;
        for (var w = sentence.FirstWord; w < sentence.EndWord; w++)
        {
            if (w >= start && w < end)
            {
                continue;
            }

            // Is word an ancestor of w through relations that stay inside a noun phrase?
            var node = w;
            var inside = false;
            for (var steps = 0; steps < sentence.Length && node >= 0; steps++)
            {
                if (node == word)
                {
                    inside = true;
                    break;
                }

                var relation = analysis.RelationOf(node);
                if (relation is "acl:relcl" or "appos" or "acl" or "punct" or "conj" or "cc" or "parataxis")
                {
                    break;
                }

                node = heads[node];
            }

            if (inside)
            {
                first = Math.Min(first, w);
                last = Math.Max(last, w);
            }
        }

        return (first, last);
    }
}
