using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Reads the speaker phrase on either side of a cue: the subject before it (<c>Mr Lammy has said</c>, <c>a spokesperson
/// for the ministry said</c>) or the inverted subject after it (<c>said Mr Lammy</c>, <c>said police</c>).
/// </summary>
internal static class PhraseFinder
{
    private const int MaxDescriptionWords = 10;

    // How many words of title may stand before the subject at the start of a sentence.
    private const int SubjectReach = 5;

    // How far back from "and" the clause it continues may start.
    private const int SharedReach = 40;

    // Words that can stand between a subject and its cue: "has also said", "later told".
    private static readonly WordSet Between = new(
    [
        "has", "have", "had", "was", "were", "is", "are", "also", "later", "then", "again", "previously", "earlier",
        "will", "would", "could", "may", "might", "further", "once", "repeatedly", "publicly", "reportedly",
        "recently", "simply", "only", "just", "separately", "already", "subsequently", "today", "yesterday",
        "quickly", "firmly", "angrily", "bluntly", "flatly", "privately", "openly", "previously", "had", "has",
        "been", "last", "night", "week", "month", "year", "always", "often", "frequently", "herself", "himself",
        "too", "themselves", "itself", "both", "all", "each", "there", "here",
    ]);

    private static readonly WordSet Naming = new(["called", "dubbed", "named", "labelled", "labeled", "branded", "titled", "entitled"]);

    // Words that end a noun phrase: relative pronouns and conjunctions that open a clause.
    private static readonly WordSet Boundaries = new(
        ["which", "who", "whom", "whose", "that", "but", "while", "whereas", "although", "though", "because", "if", "when", "where", "despite"]);

    private static readonly WordSet Adverbs = new(
        ["amongst", "among", "amid", "amidst", "meanwhile", "however", "also", "separately", "then", "still", "yet", "thus", "now", "here", "there"]);

    private static readonly WordSet Documents = new(
    [
        "report", "reports", "data", "figures", "statement", "statistics", "analysis", "study", "survey", "numbers",
        "article", "story", "estimates", "poll", "records", "documents", "research",
    ]);

    private static readonly WordSet DocumentCues = new(["read", "reads"]);

    // What a person or body writes and has read out: the owner before the possessive speaks through it.
    private static readonly WordSet Letters = new(["letter", "message", "note", "post", "tweet", "email", "announcement"]);

    // What a person or body issues in writing, and speaks through: "issued a statement saying".
    private static readonly WordSet Statements = new(
        ["statement", "announcement", "letter", "message", "note", "post", "tweet", "email", "release", "communique", "memo", "speech"]);

    /// <summary>Whether the word names something a person or body issues and speaks through (a statement, a letter, a speech).</summary>
    public static bool IsStatement(ReadOnlySpan<char> word) => Statements.Contains(word);

    private static readonly WordSet Participles = new(["told", "said", "written", "shown", "given", "read"]);

    private static readonly WordSet BeForms = new(["is", "was", "were", "are", "be", "been", "being"]);

    private static readonly WordSet TimeWords = new(
    [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "weekend", "morning",
        "afternoon", "evening", "night", "week", "month", "year", "day",
    ]);

    private static readonly WordSet TimeAdverbs = new(["yesterday", "today", "tomorrow", "tonight", "earlier", "later", "late", "early"]);

    private static readonly WordSet TimePrepositions = new(["on", "in", "during", "over", "at", "late", "early", "last", "this", "that"]);

    private static readonly WordSet SubjectPronouns = new(["he", "she", "they", "it", "i", "we", "you"]);

    private static readonly WordSet Determiners = new(
    [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
        "some", "many", "several", "one", "two", "three", "four", "five", "both", "all", "each", "another", "other",
    ]);

    // Nouns that end like adverbs: "the assembly said" keeps its head.
    private static readonly WordSet LyNouns = new(["family", "assembly", "anomaly", "monopoly", "supply", "homily", "butterfly", "dragonfly", "melancholy"]);

    private static readonly WordSet Articles = new(["a", "an", "the", "its", "their", "his", "our", "my", "your"]);

    // Prepositions by which a noun takes a name as its complement (spokesman for, daughter of, close to).
    private static readonly WordSet NounComplements = new(["for", "of", "at", "to", "from"]);

    private static readonly WordSet Prepositions = new(
    [
        "in", "on", "at", "after", "before", "during", "while", "when", "as", "since", "until", "from", "with",
        "without", "by", "to", "into", "following", "despite", "through", "throughout", "amid", "via", "over",
        "under", "about", "against", "speaking", "writing", "upon", "outside", "inside", "near", "beyond",
    ]);

    // Words that cannot end a noun phrase that names a speaker.
    private static readonly WordSet NotHeads = new(
    [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "if", "because", "so", "than", "as", "not",
        "there", "what", "how", "why", "where", "when", "to", "of", "for", "by", "with", "also", "it", "this",
        "be", "been", "being", "do", "does", "did", "not", "no", "yes", "then", "now", "had", "has", "have", "was",
        "were", "is", "are", "will", "would", "can", "could", "should", "must",

        // Adverbs of order and time before a participle ("the withdrawal “…” first announced in May").
        "first", "again", "once", "since", "later", "earlier", "previously", "recently", "only", "just",
    ]);

    public static bool IsTimeWord(ReadOnlySpan<char> word) => TimeWords.Contains(word) || TimeAdverbs.Contains(word);

    public static bool IsSubjectPronoun(AttributionContext context, int token) =>
        context.Tokens[token].Kind == TokenKind.Word && SubjectPronouns.Contains(context[token]);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    /// <summary>
    /// <c>a process called “exfiltration”</c>, <c>a song called “Day after Day”</c>: a naming verb right before a
    /// quotation names a thing; it reports speech only with an object between (<c>called the plan “reckless”</c>).
    /// </summary>
    public static bool IsNaming(AttributionContext context, int cue, int cueEnd) =>
        cueEnd < context.Tokens.Length && context.Tokens[cueEnd].Kind == TokenKind.QuoteMark && Naming.Contains(context[cue]);

    /// <summary>
    /// Who speaks through the cue <c>[cue, cueEnd)</c>: the agent of a passive (<c>was told by Ann Lee</c>,
    /// <c>described by the agency as</c>), otherwise the subject before it.
    /// </summary>
    public static SpeakerPhrase? SpeakerOf(AttributionContext context, int cue, int cueEnd, int floor, int limit)
    {
        if (cueEnd + 1 < limit && context.IsWord(cueEnd, "by") && SubjectAfter(context, cueEnd + 1, limit) is { } agent)
        {
            return agent;
        }

        // "The viewer is then asked “…”": a passive with no agent names the hearer, not the speaker.
        if (IsPassive(context, cue, floor))
        {
            return null;
        }

        // "The sign read “…”": documents read; only a person (named, or a role someone holds) speaks through "read".
        var subject = SubjectBefore(context, cue, floor);
        if (subject is { Kind: SpeakerKind.Description } statement && IssuerOf(context, statement, floor) is { } issuer)
        {
            return issuer;
        }

        if (subject is { Kind: SpeakerKind.Description } description && DocumentCues.Contains(context[cue]) &&
            SpeakerResolver.Resolve(context, description) is not { Person: >= 0 })
        {
            return AuthorOf(context, description);
        }

        return subject;
    }

    /// <summary>
    /// The owner of a statement or letter that reads out words (<c>The Brenner family's statement read</c>, <c>part
    /// of Judge Amos Kell's letter reads</c>): the name or description before the possessive; null when the phrase
    /// names no owner.
    /// </summary>
    private static SpeakerPhrase? AuthorOf(AttributionContext context, SpeakerPhrase document)
    {
        for (var t = document.FirstToken; t + 1 < document.EndToken; t++)
        {
            if (!Words.IsPossessive(context[t]) || !(Documents.Contains(context[t + 1]) || Letters.Contains(context[t + 1])))
            {
                continue;
            }

            if (NameEndingAt(context, t, document.FirstToken) is { } name)
            {
                return name;
            }

            var start = t;
            while (start > document.FirstToken && IsPhraseWord(context, start - 1) && !Determiners.Contains(context[start - 1]) &&
                   !Prepositions.Contains(context[start - 1]))
            {
                start--;
            }

            // "the judge's statement": the article stays, so the role can name the judge the story introduced.
            if (start > document.FirstToken && context[start - 1] is "the" or "The")
            {
                start--;
            }

            return new SpeakerPhrase(SpeakerKind.Description, start, t + 1, -1);
        }

        return null;
    }

    /// <summary>
    /// A word that may stand between a subject and its cue: an auxiliary or adverb of the list, or any adverb in
    /// <c>-ly</c> after a word that is not a determiner (<c>the proclamation specifically said</c>), which keeps the
    /// nouns in <c>-ly</c> (<c>the family said</c>, <c>the Brenner family said</c>) in their phrase.
    /// </summary>
    private static bool IsBetween(AttributionContext context, int token, int floor)
    {
        if (!Words.IsLowerWord(context.Document, context.Tokens[token]))
        {
            return false;
        }

        var word = context[token];
        if (Between.Contains(word))
        {
            return true;
        }

        return word.Length >= 6 && word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word) && token > floor &&
               Words.IsLowerWord(context.Document, context.Tokens[token - 1]) && !Determiners.Contains(context[token - 1]) &&
               !Articles.Contains(context[token - 1]);
    }

    /// <summary>
    /// Who issued the statement a description names (<c>The council issued a statement saying</c>, <c>released a
    /// statement which said</c>, <c>put out a statement saying</c>): the subject of the verb the statement is the object of,
    /// or null when the phrase is no statement or no such verb and subject stand before it.
    /// </summary>
    private static SpeakerPhrase? IssuerOf(AttributionContext context, SpeakerPhrase phrase, int floor)
    {
        if (!Statements.Contains(context[phrase.EndToken - 1]) || !Articles.Contains(context[phrase.FirstToken]) || phrase.EndToken - phrase.FirstToken > 3)
        {
            return null;
        }

        var verb = phrase.FirstToken - 1;
        if (verb > floor && context.IsWord(verb, "out"))
        {
            verb--;
        }

        if (verb <= floor || !Words.IsLowerWord(context.Document, context.Tokens[verb]) || Prepositions.Contains(context[verb]) ||
            Determiners.Contains(context[verb]) || NotHeads.Contains(context[verb]) || context.Cues.IsCueWord(context[verb]))
        {
            return null;
        }

        return SubjectBefore(context, verb, floor) is { } issuer && !Statements.Contains(context[issuer.EndToken - 1]) ? issuer : null;
    }

    /// <summary>Whether the cue at <paramref name="cue"/> is a passive participle after a form of <c>be</c> (<c>was told</c>, <c>had been promised</c>).</summary>
    public static bool IsPassive(AttributionContext context, int cue, int floor)
    {
        var k = cue - 1;
        while (k >= floor && Words.IsLowerWord(context.Document, context.Tokens[k]) && Adverbs.Contains(context[k]))
        {
            k--;
        }

        return k >= floor && BeForms.Contains(context[k]) && (context[cue].EndsWith("ed", StringComparison.Ordinal) || Participles.Contains(context[cue]));
    }

    /// <summary>The subject that ends just before the cue at <paramref name="cueStart"/>, no earlier than <paramref name="floor"/>.</summary>
    public static SpeakerPhrase? SubjectBefore(AttributionContext context, int cueStart, int floor) => SubjectBefore(context, cueStart, floor, share: true);

    // share: whether a verb after "and" may take the subject of its clause's first verb; that verb's own subject is
    // read without it, so the search never nests.
    private static SpeakerPhrase? SubjectBefore(AttributionContext context, int cueStart, int floor, bool share)
    {
        var j = cueStart - 1;
        // Lower case only: "may" is an auxiliary, "May" a name.
        while (j >= floor && IsBetween(context, j, floor))
        {
            j--;
        }

        // "Ann Lee, an official, on Tuesday told", "the agency during the weekend said": step over a time phrase.
        while (j - 1 >= floor && TimeWords.Contains(context[j]))
        {
            var k = j - 1;
            while (k >= floor && (Determiners.Contains(context[k]) || TimePrepositions.Contains(context[k])))
            {
                k--;
            }

            if (k == j - 1)
            {
                break;
            }

            j = k;
            while (j >= floor && IsBetween(context, j, floor))
            {
                j--;
            }
        }

        // "the Federal Security Service (FSB) said": an acronym in brackets restates the subject; a description keeps it.
        var phraseEnd = j;
        if (j - 2 >= floor && context.IsPunctuation(j, ')') && context.IsPunctuation(j - 2, '('))
        {
            j -= 3;
        }

        // "Ann Lee went on to say", "Ann Lee declined to say": the subject is the infinitive's.
        if (j - 1 >= floor && context.IsWord(j, "to") && Words.IsLowerWord(context.Document, context.Tokens[j - 1]))
        {
            j -= 2;
            while (j >= floor && Words.IsLowerWord(context.Document, context.Tokens[j]) && (Between.Contains(context[j]) || context.IsWord(j, "on")))
            {
                j--;
            }

            if (j >= floor && context.IsWord(j, "went"))
            {
                j--;
            }
        }

        if (j < floor || context.InsideQuote[j])
        {
            return null;
        }

        // "The union opposed the merger and said …", "Ann Lee said she was tired, and argued …": a verb joined to an
        // earlier one shares its subject, the subject of the sentence's first verb.
        if (share && j > floor && context.IsWord(j, "and") && SharedSubject(context, floor, j) is { } shared)
        {
            return shared;
        }

        if (IsSubjectPronoun(context, j))
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, j, j + 1, -1);
        }

        // "according to police, who said …": a relative pronoun speaks for what it follows.
        if (j - 1 > floor && (context.IsWord(j, "who") || context.IsWord(j, "which")) && context.IsPunctuation(j - 1, ','))
        {
            // "the home of Prime Minister Ann Lee, who told …": "who" stands for the person right before it.
            if (context.IsWord(j, "who") && NameEndingAt(context, j - 2, floor) is { } person)
            {
                return LeadingName(context, person.FirstToken, floor) ?? person;
            }

            return SubjectBefore(context, j - 1, floor, share);
        }

        // "released a statement which said …": the statement speaks, and through it whoever issued it.
        if (j - 1 > floor && (context.IsWord(j, "which") || context.IsWord(j, "that")) && Statements.Contains(context[j - 1]))
        {
            return SubjectBefore(context, j, floor, share);
        }

        // "A spokesman for Ann Lee said", "analysts at Goldman Sachs said": a name after a preposition belongs to the
        // noun before it, which is the subject and the speaker.
        if (NameEndingAt(context, j, floor) is { } name && !IsComplementOfNoun(context, name, floor))
        {
            // "Cardinal Ann Lee of the Holy See said": the person the phrase opens with, not the body it ends with.
            return LeadingName(context, name.FirstToken, floor) ?? name;
        }

        if (context.IsPunctuation(j, ','))
        {
            return Apposition(context, j, floor);
        }

        var start = j;
        while (start - 1 >= floor && j - start + 1 < MaxDescriptionWords && IsPhraseWord(context, start - 1))
        {
            start--;
        }

        // "In a statement the ministry said", "despite Znak.com claiming": drop a leading prepositional phrase, up
        // to its last determiner if it has one; "Yesterday the agency told": drop leading time words.
        if (Prepositions.Contains(context[start]))
        {
            var k = j;
            while (k > start && !Determiners.Contains(context[k]))
            {
                k--;
            }

            start = k > start ? k : start + 1;
            if (start > j)
            {
                return null;
            }
        }

        // "Meanwhile the ministry said": a capitalised stop word before the phrase is not part of it; "Police in Leeds
        // said": a group noun is its head.
        while (start < j && Words.IsCapitalised(context.Document, context.Tokens[start]) && context.Names.Stops.Contains(context[start]) &&
               !Determiners.Contains(context[start]) && !context.Names.Groups.Contains(context[start]))
        {
            start++;
        }

        // "…, with Steve Scalise calling it “…” and Ross Spano of Florida calling it “…”": a coordinator opens the
        // second subject, it is not part of it.
        while (start < j && context[start] is "and" or "or" or "but")
        {
            start++;
        }

        // "Amongst reported incidents": a lone function word is no speaker.
        if (!IsHead(context, j) || (start == j && (Prepositions.Contains(context[j]) || Adverbs.Contains(context[j]))))
        {
            return null;
        }

        // "Dr Ann Lee of the university said": a description that opens with a name is that person.
        // An unverified name counts when "of" and a capitalised body follow it, as a person's affiliation does ("Sheldon
        // Yett of UNICEF said"); names of bodies keep their "of" inside one capitalised run.
        // "Ann Lee's son said", "Day's animal foundation said": a possessive name owns the speaker, it is not the
        // speaker, unless what it owns is a statement it speaks through.
        var leading = context.MentionStartingAt(start);
        if (leading >= 0 && context.Mentions[leading].EndToken <= j &&
            (!Words.IsPossessive(context[context.Mentions[leading].EndToken - 1]) || Statements.Contains(context[j])) &&
            (context.IsVerifiedPerson(leading) || IsAffiliated(context, leading, j)))
        {
            return new SpeakerPhrase(SpeakerKind.Name, start, context.Mentions[leading].EndToken, leading);
        }

        // "Craig Hale, Area Manager at the council said": the name before the comma owns the role after it.
        if (start - 2 >= floor && context.IsPunctuation(start - 1, ',') && NameEndingAt(context, start - 2, floor) is { } owner)
        {
            return owner;
        }

        return new SpeakerPhrase(SpeakerKind.Description, start, phraseEnd + 1, -1);
    }

    /// <summary>
    /// The subject around an apposition that ends at the comma <paramref name="comma"/>: <c>the mayor, Ann Lee, said</c>
    /// (the name inside) or <c>Ann Lee, the mayor, said</c> (the name or description before it).
    /// </summary>
    private static SpeakerPhrase? Apposition(AttributionContext context, int comma, int floor)
    {
        var open = comma - 1;
        while (open >= floor && !context.IsPunctuation(open, ',') && comma - open <= MaxDescriptionWords + 2)
        {
            // "…, officials told state media, adding": a clause between commas is no apposition.
            if (context.Tokens[open].Kind is TokenKind.QuoteMark || context.IsClauseEnd(open) ||
                (Words.IsLowerWord(context.Document, context.Tokens[open]) &&
                 (Clauses.IsFiniteVerb(context, open) || context.Cues.Match(context.Document, open, comma, out _) > 0)))
            {
                return null;
            }

            open--;
        }

        // "Ann Lee, head of care at Lee Homes, said": the name before the role wins over a name-like word inside it;
        // but a name that ends a longer description as the object of its preposition ("the president of the League
        // for Human Rights, Jamel Msallem, said") is no speaker when a name fills the apposition after it.
        if (open >= floor && context.IsPunctuation(open, ',') && NameEndingAt(context, open - 1, floor) is { } before &&
            !(IsPrepositionObject(context, before.FirstToken, floor) && NameEndingAt(context, comma - 1, open + 1) is { } apposed && apposed.FirstToken == open + 1))
        {
            return LeadingName(context, before.FirstToken, floor) ?? before;
        }

        // "Forty judges, including Orla Venn, signed": an aside naming some of them is no apposition; the subject
        // stands before it.
        if (open >= floor && context.IsPunctuation(open, ',') && open + 1 < comma && (context.IsWord(open + 1, "including") || context.IsWord(open + 1, "among")))
        {
            return DescriptionBefore(context, open, floor);
        }

        if (NameEndingAt(context, comma - 1, open + 1) is { } inside)
        {
            return inside;
        }

        // "One news site, Znak.com, claims": a proper name in apposition, person or not, names the speaker.
        if (open >= floor && comma - open >= 2 && AllCapitalised(context, open + 1, comma))
        {
            return new SpeakerPhrase(SpeakerKind.Description, open + 1, comma, -1);
        }

        return open >= floor && context.IsPunctuation(open, ',') ? DescriptionBefore(context, open, floor) : null;
    }

    private static bool InsideCapitalisedName(AttributionContext context, int token, int limit) =>
        token > 0 && token + 1 < limit && Words.IsLowerWord(context.Document, context.Tokens[token]) &&
        Words.IsCapitalised(context.Document, context.Tokens[token - 1]) && Words.IsCapitalised(context.Document, context.Tokens[token + 1]) &&
        !context.InsideQuote[token + 1];

    private static bool IsAffiliated(AttributionContext context, int mention, int last)
    {
        var m = context.Mentions[mention];
        return m.NameWords >= 2 && m.EndToken + 1 <= last && context.IsWord(m.EndToken, "of") &&
               Words.IsCapitalised(context.Document, context.Tokens[m.EndToken + 1]);
    }

    /// <summary>Whether the words from <paramref name="token"/> follow a preposition (<c>of</c>, <c>for</c>, <c>at</c>, …), perhaps with a determiner between.</summary>
    private static bool IsPrepositionObject(AttributionContext context, int token, int floor)
    {
        var k = token - 1;
        if (k >= floor && Determiners.Contains(context[k]))
        {
            k--;
        }

        return k >= floor && Words.IsLowerWord(context.Document, context.Tokens[k]) && (Prepositions.Contains(context[k]) || context[k] is "of" or "for");
    }

    /// <summary>A person named earlier in the same phrase and linked to what follows by <c>of</c>, <c>from</c> or <c>at</c>.</summary>
    private static SpeakerPhrase? LeadingName(AttributionContext context, int end, int floor)
    {
        var start = end;
        while (start - 1 >= floor && end - start < MaxDescriptionWords && IsPhraseWord(context, start - 1))
        {
            start--;
        }

        for (var k = start; k < end; k++)
        {
            var mention = context.MentionStartingAt(k);
            if (mention < 0 || !context.IsVerifiedPerson(mention))
            {
                continue;
            }

            var after = context.Mentions[mention].EndToken;
            if (after < end && (context.IsWord(after, "of") || context.IsWord(after, "from") || context.IsWord(after, "at")))
            {
                return new SpeakerPhrase(SpeakerKind.Name, k, after, mention);
            }

            k = after - 1;
        }

        return null;
    }

    private static bool ClosesPhrase(AttributionContext context, int after, int limit) =>
        after >= limit || context.IsPunctuation(after, ',') || context.IsClauseEnd(after) || context.Tokens[after].Kind == TokenKind.QuoteMark;

    private static bool AllCapitalised(AttributionContext context, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!Words.IsCapitalised(context.Document, context.Tokens[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static SpeakerPhrase? DescriptionBefore(AttributionContext context, int comma, int floor)
    {
        var phrase = SubjectBefore(context, comma, floor);
        return phrase is { Kind: SpeakerKind.Description or SpeakerKind.Name } ? phrase : null;
    }

    private static SpeakerPhrase? NameEndingAt(AttributionContext context, int token, int floor)
    {
        // "Jane Roe CMG OBE": the name ends before the honours.
        var end = token;
        while (token > floor && context.Names.Postnominals.Contains(context[token]))
        {
            token--;
        }

        if (token < floor)
        {
            return null;
        }

        var mention = context.MentionEndingAt(token);
        return mention >= 0 && context.Mentions[mention].FirstToken >= floor
            ? new SpeakerPhrase(SpeakerKind.Name, context.Mentions[mention].FirstToken, end + 1, mention)
            : null;
    }

    /// <summary>
    /// Whether the name <paramref name="name"/> completes a lower-case noun through a preposition (<c>spokesman for
    /// Ann Lee</c>, <c>lawyers of Ann Lee</c>, <c>a source close to Ann Lee</c>): the noun is the phrase's head.
    /// </summary>
    private static bool IsComplementOfNoun(AttributionContext context, SpeakerPhrase name, int floor)
    {
        var preposition = name.FirstToken - 1;
        if (preposition - 1 < floor || !NounComplements.Contains(context[preposition]))
        {
            return false;
        }

        // A capital counts only where the sentence starts ("Lawyers for Ann Lee said"), and not on a name or a title.
        var noun = preposition - 1;
        var opensSentence = noun == context.SentenceOf(noun).FirstToken && context.MentionEndingAt(noun) < 0 &&
                            !context.Names.IsTitleWord(Words.Stem(context[noun]));
        if (!(Words.IsLowerWord(context.Document, context.Tokens[noun]) || opensSentence) || !IsHead(context, noun) ||
            context.InsideQuote[noun])
        {
            return false;
        }

        // "Part of Ann Lee's post said": a possessive name owns what speaks, and speaks through it.
        var mention = context.Mentions[name.Mention];
        if (Words.IsPossessive(context[mention.EndToken - 1]))
        {
            return false;
        }

        // "director of Amnesty International Ann Lee": a body glued before the name completes the noun, which is her
        // role; only a name with nothing but its titles before it ("spokesman for President Ann Lee") is the complement.
        for (var t = mention.FirstToken; t < mention.EndToken - mention.NameWords; t++)
        {
            if (!context.Names.IsTitleWord(Words.Stem(context[t])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The person or pronoun a sentence opens with, after at most a few words of title (<c>Former CIA deputy director
    /// Ann Lee praised …</c>): the subject of a participle cue (<c>…, adding, “…”</c>) or of a colon with no cue.
    /// </summary>
    public static SpeakerPhrase? SentenceSubject(AttributionContext context, int first, int limit)
    {
        for (var t = first; t < Math.Min(limit, first + SubjectReach); t++)
        {
            if (t == first && IsSubjectPronoun(context, t))
            {
                return new SpeakerPhrase(SpeakerKind.Pronoun, t, t + 1, -1);
            }

            var mention = context.MentionStartingAt(t);
            if (mention >= 0 && context.IsVerifiedPerson(mention))
            {
                return new SpeakerPhrase(SpeakerKind.Name, t, context.Mentions[mention].EndToken, mention);
            }

            if (context.Tokens[t].Kind != TokenKind.Word)
            {
                return OpeningApposition(context, first, limit);
            }
        }

        return OpeningApposition(context, first, limit);
    }

    /// <summary>
    /// <c>One of the study's authors, herpetologist Ann Lee, told …</c>: a name set off by commas after the description
    /// a sentence opens with is the person it describes; null when the sentence opens otherwise.
    /// </summary>
    private static SpeakerPhrase? OpeningApposition(AttributionContext context, int first, int limit)
    {
        for (var t = first; t < Math.Min(limit, first + MaxDescriptionWords); t++)
        {
            if (context.Tokens[t].Kind != TokenKind.Word)
            {
                return t > first && context.IsPunctuation(t, ',') ? ApposedName(context, t + 1, limit) : null;
            }
        }

        return null;
    }

    /// <summary>A verified person's name within a few words after <paramref name="start"/>, closed by a comma, or null.</summary>
    private static SpeakerPhrase? ApposedName(AttributionContext context, int start, int limit)
    {
        for (var t = start; t < Math.Min(limit, start + SubjectReach); t++)
        {
            var mention = context.MentionStartingAt(t);
            if (mention >= 0)
            {
                var end = context.Mentions[mention].EndToken;
                return context.IsVerifiedPerson(mention) && end < limit && context.IsPunctuation(end, ',')
                    ? new SpeakerPhrase(SpeakerKind.Name, t, end, mention)
                    : null;
            }

            if (!Words.IsLowerWord(context.Document, context.Tokens[t]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The inverted subject that starts at <paramref name="start"/>: <c>said Mr Lammy</c>, <c>said the ministry</c>.</summary>
    public static SpeakerPhrase? SubjectAfter(AttributionContext context, int start, int limit)
    {
        if (start >= limit || context.InsideQuote[start])
        {
            return null;
        }

        if (IsSubjectPronoun(context, start))
        {
            return new SpeakerPhrase(SpeakerKind.Pronoun, start, start + 1, -1);
        }

        // "according to Johnson's critics": a possessive name only qualifies the speaker.
        var mention = context.MentionStartingAt(start);
        if (mention >= 0 && !Words.IsPossessive(context[context.Mentions[mention].EndToken - 1]) && !IntroducesName(context, mention, limit))
        {
            return new SpeakerPhrase(SpeakerKind.Name, start, context.Mentions[mention].EndToken, mention);
        }

        // A preposition ends the phrase, but for one between capitalised words, inside a body's name ("the Commission on
        // Presidential Debates", "the Centre for Disease Control").
        var end = start;
        while (end < limit && end - start < MaxDescriptionWords && IsPhraseWord(context, end, allowCueWords: true) &&
               !(Prepositions.Contains(context[end]) && end > start && !context.IsWord(end, "from") && !context.IsWord(end, "at") &&
                 !context.IsWord(end, "by") && !InsideCapitalisedName(context, end, limit)))
        {
            end++;
        }

        if (end == start || Prepositions.Contains(context[start]) || !IsHead(context, end - 1))
        {
            return null;
        }

        // "according to data from the Gun Archive", "a report by the Gazette": the source behind the document speaks.
        var first = Determiners.Contains(context[start]) ? start + 1 : start;
        while (first < end - 2 && Words.IsLowerWord(context.Document, context.Tokens[first]) && !Documents.Contains(context[first]))
        {
            first++;
        }

        if (first < end - 2 && Documents.Contains(context[first]) && (context.IsWord(first + 1, "from") || context.IsWord(first + 1, "by")))
        {
            start = first + 2;
        }

        // "said Mr Lammy, the Foreign Secretary": a name inside the phrase wins over the words around it.
        for (var k = start; k < end; k++)
        {
            // An unverified name counts when a role word introduces it at the phrase's end ("eyewitness Ann Lee").
            var inner = context.MentionStartingAt(k);
            var introduced = inner >= 0 && context.Mentions[inner].EndToken == end && k > start &&
                             Words.IsLowerWord(context.Document, context.Tokens[k - 1]) && !Determiners.Contains(context[k - 1]) &&
                             !Prepositions.Contains(context[k - 1]) && !context.IsWord(k - 1, "of") && !InsideCapitalisedName(context, k - 1, end);
            if (inner >= 0 && (context.IsVerifiedPerson(inner) || introduced) && !Words.IsPossessive(context[context.Mentions[inner].EndToken - 1]))
            {
                return new SpeakerPhrase(SpeakerKind.Name, k, context.Mentions[inner].EndToken, inner);
            }
        }

        // "said the university's chancellor, Ann Lee.": a name in apposition after the description is the speaker.
        if (end < limit && context.IsPunctuation(end, ','))
        {
            for (var k = end + 1; k < Math.Min(limit, end + MaxDescriptionWords); k++)
            {
                if (context.IsClauseEnd(k) || context.Tokens[k].Kind == TokenKind.QuoteMark)
                {
                    break;
                }

                // The name must close the apposition ("…, Ann Lee." or "…, Ann Lee, …"); "…, Lee died" is a new clause.
                var inner = context.MentionStartingAt(k);
                if (inner >= 0 && context.IsVerifiedPerson(inner) && context.IsPunctuation(k - 1, ',') &&
                    !Words.IsPossessive(context[context.Mentions[inner].EndToken - 1]) &&
                    ClosesPhrase(context, context.Mentions[inner].EndToken, limit))
                {
                    return new SpeakerPhrase(SpeakerKind.Name, k, context.Mentions[inner].EndToken, inner);
                }
            }
        }

        return new SpeakerPhrase(SpeakerKind.Description, start, end, -1);
    }

    /// <summary>
    /// <c>according to Samoa Observer editor Keni Lesa</c>: a name followed by a lower-case role word and another name
    /// is the body the role is held at, not the speaker: the role titles the name after it, or, when the first name is
    /// no verified person, introduces it.
    /// </summary>
    private static bool IntroducesName(AttributionContext context, int mention, int limit)
    {
        var after = context.Mentions[mention].EndToken;
        if (after + 1 >= limit || !Words.IsLowerWord(context.Document, context.Tokens[after]) || Determiners.Contains(context[after]) ||
            Prepositions.Contains(context[after]) || context.IsWord(after, "of") || context.Cues.IsCueWord(context[after]))
        {
            return false;
        }

        var titled = context.MentionStartingAt(after);
        return (titled >= 0 && context.Mentions[titled].Titled) || (!context.IsVerifiedPerson(mention) && context.MentionStartingAt(after + 1) >= 0);
    }

    /// <summary>
    /// A word a speaker phrase may hold: not a clause boundary ("which", "but") or a finite verb, and, read backwards
    /// from a cue, not another cue (after "according to", "a report by" is a noun phrase).
    /// </summary>
    private static bool IsPhraseWord(AttributionContext context, int token, bool allowCueWords = false)
    {
        var t = context.Tokens[token];
        if (context.InsideQuote[token])
        {
            return false;
        }

        if (t.Kind == TokenKind.Punctuation)
        {
            return context.Document.Text[t.Start] == '&';
        }

        // "the Sheriffs’ Association": a mark that pairs with nothing is an apostrophe.
        if (t.Kind == TokenKind.QuoteMark)
        {
            return !context.IsQuoteBoundary(token) && CharClass.IsApostrophe(context.Document.Text[t.Start]);
        }

        if (t.Kind == TokenKind.Word && Words.IsLowerWord(context.Document, t) &&
            (Boundaries.Contains(context[token]) || Clauses.IsFiniteVerb(context, token) ||
             (!allowCueWords && context.Cues.Match(context.Document, token, context.Tokens.Length, out _) > 0 && !IsNounAfterArticle(context, token))))
        {
            return false;
        }

        return t.Kind is TokenKind.Word or TokenKind.Number;
    }

    private static bool IsHead(AttributionContext context, int token)
    {
        var t = context.Tokens[token];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        // A lone small letter is a fragment of a word an invisible character split ("Post'\u200Ds"), not a noun.
        var word = context[token];
        return !(word.Length == 1 && char.IsLower(word[0])) && !NotHeads.Contains(word) && !Determiners.Contains(word) && !Prepositions.Contains(word) &&
               (context.Cues.Match(context.Document, token, context.Tokens.Length, out _) < 0 || IsNounAfterArticle(context, token));
    }

    /// <summary>
    /// A cue word after an article or a possessive is the noun of the same spelling (<c>the report</c>, <c>his
    /// remarks</c>, <c>a statement</c>), which may end a speaker phrase; a determiner such as <c>that</c>, <c>all</c>
    /// or <c>her</c> also stands before verbs (<c>a report that said</c>, <c>all said</c>, <c>heard her say</c>).
    /// </summary>
    private static bool IsNounAfterArticle(AttributionContext context, int token) =>
        token > 0 && context.Tokens[token - 1].Kind == TokenKind.Word && Articles.Contains(context[token - 1]);

    /// <summary>
    /// The subject of the clause that <c>and</c> at <paramref name="and"/> continues: that of the first verb of its clause
    /// (from the sentence's start, a semicolon, or a relative <c>, who</c>) that has a subject of its own, not a
    /// participle after a leading phrase (<c>In a video message posted to Twitter, Warren commended …</c>).
    /// </summary>
    private static SpeakerPhrase? SharedSubject(AttributionContext context, int floor, int and)
    {
        // A bounded look back keeps the rule linear in a run-on sentence of many "and"s.
        floor = Math.Max(floor, and - SharedReach);
        var start = floor;
        for (var t = and - 1; t > floor; t--)
        {
            if (context.IsPunctuation(t, ';'))
            {
                start = t + 1;
                break;
            }

            if (context.IsWord(t, "who") && context.IsPunctuation(t - 1, ','))
            {
                start = t;
                break;
            }
        }

        for (var t = start + 1; t < and; t++)
        {
            var word = context[t];
            var verbLike = !context.InsideQuote[t] && Words.IsLowerWord(context.Document, context.Tokens[t]) && !Between.Contains(word) && !BeForms.Contains(word) &&
                           (Clauses.IsFiniteVerb(context, t) || (context.Cues.Match(context.Document, t, and, out _) > 0 && !IsNounUse(context, t)));
            if (verbLike && SubjectBefore(context, t, floor, share: false) is { } subject)
            {
                // A subject opens its clause or follows a comma; one cut out of a leading phrase is a participle's noun.
                if (subject.FirstToken <= start || context.IsPunctuation(subject.FirstToken - 1, ','))
                {
                    return subject;
                }
            }
        }

        return null;
    }

    /// <summary>Whether the cue word at <paramref name="token"/> follows an article or a possessive (<c>the team's claims</c>), so is a noun.</summary>
    public static bool IsNounUse(AttributionContext context, int token) =>
        IsNounAfterArticle(context, token) ||
        (token > 0 && context.Tokens[token - 1].Kind == TokenKind.Word && Words.IsPossessive(context[token - 1]) && !IsSubjectPronoun(context, token - 1));
}
