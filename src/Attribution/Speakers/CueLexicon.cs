using System.Collections.Frozen;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Reporting verbs in all their forms, and the two-word cues (<c>called on</c>, <c>according to</c>). Lookups take
/// spans, so matching a token allocates nothing.
/// </summary>
internal sealed class CueLexicon
{
    // The longest past form a sentence-opening cue is checked for; longer capitalised words are names or nonsense.
    private const int MaxPastCueLength = 24;

    // Verbs that report speech with a bare clause or a that-clause: "said (that) …", "announced (that) …". Whether
    // what follows is a clause is the clause reader's call, so "announced progress on the deal" stays out.
    private static readonly string[] ClauseVerbs =
    [
        "say", "says", "said", "saying", "add", "adds", "added", "adding", "state", "states", "stated", "claim",
        "claims", "claimed", "insist", "insists", "insisted", "argue", "argues", "argued", "warn", "warns", "warned",
        "explain", "explains", "explained", "write", "writes", "wrote", "written", "tweet", "tweets", "tweeted",
        "assert", "asserts", "asserted", "maintain", "maintains", "maintained", "contend", "contends", "contended",
        "announce", "announces", "announced", "note", "notes", "noted", "confirm", "confirms", "confirmed", "admit",
        "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "suggest", "suggests", "suggested",
        "reveal", "reveals", "revealed", "report", "reports", "reported", "declare", "declares", "declared",
        "stress", "stresses", "stressed", "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes",
        "emphasized", "concede", "concedes", "conceded", "deny", "denies", "denied", "allege", "alleges", "alleged",
        "predict", "predicts", "predicted", "promise", "promises", "promised", "vow", "vows", "vowed", "pledge",
        "pledges", "pledged", "remark", "remarks", "remarked", "observe", "observes", "observed", "recall",
        "recalls", "recalled", "testify", "testifies", "testified", "conclude", "concludes", "concluded", "indicate",
        "indicates", "indicated", "complain", "complains", "complained", "boast", "boasts", "boasted", "reply",
        "replies", "replied", "respond", "responds", "responded", "answer", "answers", "answered", "comment",
        "comments", "commented", "point", "points", "pointed", "estimate", "estimates", "estimated", "advise", "advises",
        "advised", "intimate", "intimates", "intimated", "disclose", "discloses", "disclosed", "reiterate", "reiterates",
        "reiterated", "rule", "rules", "ruled", "noting", "warning", "insisting", "claiming", "arguing", "explaining", "stating", "announcing",
        "declaring", "confirming", "stressing", "admitting", "suggesting", "writing", "tweeting", "revealing",
        "caution", "cautions", "cautioned", "hinted", "speculate", "speculates",
        "speculated", "countered", "protested", "confide", "confides", "confided", "reasoned", "clarify", "clarifies",
        "clarified", "demanded",
    ];

    // Verbs that name a hearer: "told reporters (that) …".
    private static readonly string[] HearerVerbs = ["tell", "tells", "told", "telling", "inform", "informs", "informed", "assure", "assures", "assured"];

    // Verbs that report speech but not a clause: they cue direct quotations only.
    private static readonly string[] QuoteOnlyVerbs =
    [
        "ask", "asks", "asked", "continue", "continues", "continued", "urge", "urges", "urged", "exclaim",
        "exclaims", "exclaimed", "shout", "shouts", "shouted", "whisper", "whispers", "whispered", "mutter",
        "mutters", "muttered", "quip", "quips", "quipped", "joke", "jokes", "joked", "cry", "cries", "cried",
        "scream", "screams", "screamed", "proclaim", "proclaims", "proclaimed", "lament", "laments", "lamented",
        "recount", "recounts", "recounted", "begin", "begins", "began", "conclude", "concluded", "describe",
        "describes", "described", "call", "calls", "called", "calling", "according", "talk", "talks",
        "characterise", "characterises", "characterised", "characterize", "characterizes", "characterized", "brand",
        "brands", "branded", "dub", "dubs", "dubbed", "label", "labels", "labelled", "labeled", "hail", "hails",
        "hailed", "describing", "asking", "urging", "read", "reads",
        "talked", "spoke", "speaks", "accuse", "accuses", "accused", "accusing",
        "plead", "pleads", "pleaded", "pled", "beg", "begs", "begged", "yell", "yelled", "sighed", "snapped",
        "retort", "retorts", "retorted", "scoffed", "gushed", "interjected",
    ];

    // Two-word cues: the first word counts only before one of these.
    private static readonly FrozenDictionary<string, string[]> Particles = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["call"] = ["on", "for"],
        ["calls"] = ["on", "for"],
        ["called"] = ["on", "for"],
        ["calling"] = ["on", "for"],
        ["point"] = ["out"],
        ["points"] = ["out"],
        ["pointed"] = ["out"],
        ["according"] = ["to"],
        ["talk"] = ["of", "about"],
        ["talks"] = ["of", "about"],
        ["talked"] = ["of", "about"],
        ["spoke"] = ["of", "about"],
        ["speaks"] = ["of", "about"],

    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Words that cue with or without their particle: "called for" and "called the plan “reckless”".
    private static readonly FrozenSet<string> OptionalParticle = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "call", "calls", "called", "calling");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OptionalParticleLookup =
        OptionalParticle.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenDictionary<string, CueTraits>.AlternateLookup<ReadOnlySpan<char>> verbs;
    private readonly WordFilter verbFilter;
    private readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> particles;

    // Declared after the word lists it reads: static fields initialise in textual order.
    public static readonly CueLexicon Default = new([]);

    public CueLexicon(IEnumerable<string> extraCues)
    {
        var all = new Dictionary<string, CueTraits>(StringComparer.OrdinalIgnoreCase);
        Add(all, QuoteOnlyVerbs, CueTraits.None);
        Add(all, ClauseVerbs, CueTraits.BareClause | CueTraits.ThatClause);
        Add(all, HearerVerbs, CueTraits.Hearer | CueTraits.BareClause | CueTraits.ThatClause);

        var particleTable = new Dictionary<string, string[]>(Particles, StringComparer.OrdinalIgnoreCase);
        foreach (var cue in extraCues)
        {
            var parts = cue.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            all.TryAdd(parts[0], CueTraits.ThatClause);
            if (parts.Length > 1)
            {
                particleTable[parts[0]] = [.. particleTable.GetValueOrDefault(parts[0], []), parts[1]];
            }
        }

        verbs = all.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        verbFilter = new WordFilter(all.Keys);
        particles = particleTable.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// If a cue starts at token <paramref name="index"/>, the index just past it (one or two tokens) and its traits;
    /// otherwise -1.
    /// </summary>
    public int Match(Document document, int index, int limit, out CueTraits traits)
    {
        traits = CueTraits.None;
        var token = document.Tokens[index];
        if (token.Kind != TokenKind.Word)
        {
            return -1;
        }

        // Cues are verbs, written in lower case; this keeps "United States" and "Says Who" out.
        var word = document[token];
        if (!char.IsLower(word[0]) || !verbFilter.MayContain(word) || !verbs.TryGetValue(word, out traits))
        {
            return -1;
        }

        if (!particles.TryGetValue(word, out var required))
        {
            return index + 1;
        }

        var withoutParticle = OptionalParticleLookup.Contains(word) ? index + 1 : -1;
        if (index + 1 >= limit)
        {
            return withoutParticle;
        }

        var next = document[document.Tokens[index + 1]];
        foreach (var particle in required)
        {
            if (next.Equals(particle, StringComparison.OrdinalIgnoreCase))
            {
                return index + 2;
            }
        }

        return withoutParticle;
    }

    /// <summary>Whether <paramref name="word"/> (in lower case) is one of the reporting verbs, in any of its forms.</summary>
    public bool IsCueWord(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsLower(word[0]) && verbFilter.MayContain(word) && verbs.ContainsKey(word);

    /// <summary>
    /// Whether <paramref name="word"/>, in any case, is a reporting verb in the past tense (<c>Remarked</c>,
    /// <c>Said</c>, <c>wrote</c>): the form a sentence that opens on its cue takes (<c>Added Tallis: “…”</c>).
    /// </summary>
    public bool IsPastCue(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length > MaxPastCueLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return IsCueWord(lower) && (lower.EndsWith("ed") || lower.SequenceEqual("said") || lower.SequenceEqual("wrote"));
    }

    /// <summary>The start of a cue that ends exactly at token <paramref name="last"/>, or -1.</summary>
    public int MatchEndingAt(Document document, int last, int floor, int limit, out CueTraits traits)
    {
        if (Match(document, last, limit, out traits) == last + 1)
        {
            return last;
        }

        if (last - 1 >= floor && Match(document, last - 1, limit, out traits) == last + 1)
        {
            return last - 1;
        }

        return -1;
    }

    private static void Add(Dictionary<string, CueTraits> all, string[] words, CueTraits traits)
    {
        foreach (var word in words)
        {
            all[word] = traits;
        }
    }
}
