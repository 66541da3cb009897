using Attribution.Linguistics.Models;
using Attribution.Linguistics.Words;

namespace Attribution.Linguistics.Tagging;

/// <summary>
/// What the models read of a word on its own, hashed once per word: its form as written and in lower case (quotation marks folded), its
/// prefixes and suffixes, and its shape (<c>Xxxx</c>, <c>dd</c>, <c>X.X.</c>). Every later feature combines these.
/// </summary>
internal struct LexicalFeatures
{
    public ulong Form;
    public ulong Lower;
    public ulong Shape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;

    /// <summary>The word's ambiguity class in the tagger's lexicon (<see cref="TagLexicon"/>), filled by the tagger.</summary>
    public ulong Ambiguity;

    /// <summary>The word's path in the word clusters (<see cref="WordClusters"/>), filled by the tagger.</summary>
    public int Cluster;

    /// <summary>Whether the word is a full stop, question or exclamation mark (or a run of them).</summary>
    public bool IsTerminal;

    /// <summary>The word standing in for positions before the first word or after the last.</summary>
    public static readonly LexicalFeatures Padding = Pad("\u0002pad");

    private static LexicalFeatures Pad(string name)
    {
        var hash = FeatureHash.Of(name);
        return new LexicalFeatures
        {
            Form = hash, Lower = hash, Shape = hash, Prefix1 = hash, Prefix2 = hash, Prefix3 = hash,
            Suffix1 = hash, Suffix2 = hash, Suffix3 = hash, Suffix4 = hash, Ambiguity = hash, Cluster = WordClusters.Unknown,
        };
    }

    public static void Compute(string text, ReadOnlySpan<Word> words, Span<LexicalFeatures> features)
    {
        for (var i = 0; i < words.Length; i++)
        {
            features[i] = Of(words[i].Of(text));
        }
    }

    // Words up to this long are lowered once into a stack buffer; longer ones (addresses, runs of marks) are rare.
    private const int MaxLoweredOnce = 64;

    public static LexicalFeatures Of(ReadOnlySpan<char> form)
    {
        var n = form.Length;
        if (n > MaxLoweredOnce)
        {
            return Of(form, form, lowered: false);
        }

        // Lower case is taken a character at a time, so hashing the lowered form as written gives the same hashes as
        // lowering each of the nine affixes and forms on its own (once per character instead of five times).
        Span<char> lower = stackalloc char[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = FeatureHash.Fold(form[i]);
        }

        return Of(form, lower, lowered: true);
    }

    private static LexicalFeatures Of(ReadOnlySpan<char> form, ReadOnlySpan<char> lower, bool lowered)
    {
        var n = form.Length;
        return new LexicalFeatures
        {
            Form = FeatureHash.Of(form),
            Lower = Hash(lower, lowered),
            Shape = ShapeHash(form),
            Prefix1 = Hash(lower[..Math.Min(1, n)], lowered),
            Prefix2 = Hash(lower[..Math.Min(2, n)], lowered),
            Prefix3 = Hash(lower[..Math.Min(3, n)], lowered),
            Suffix1 = Hash(lower[Math.Max(0, n - 1)..], lowered),
            Suffix2 = Hash(lower[Math.Max(0, n - 2)..], lowered),
            Suffix3 = Hash(lower[Math.Max(0, n - 3)..], lowered),
            Suffix4 = Hash(lower[Math.Max(0, n - 4)..], lowered),
            IsTerminal = n > 0 && !form.ContainsAnyExcept("!?.…"),

            // Path 0 is a real group; a word is of none until the tagger looks it up.
            Cluster = WordClusters.Unknown,
        };
    }

    private static ulong Hash(ReadOnlySpan<char> text, bool lowered) => lowered ? FeatureHash.Of(text) : FeatureHash.OfLower(text);

    /// <summary>Letters become X or x, digits d, other characters stay; a run of more than two is cut to two.</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[Math.Min(form.Length, 24)];
        var length = 0;
        char last = '\0';
        var run = 0;
        foreach (var c in form)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run <= 2 && length < shape.Length)
            {
                shape[length++] = s;
            }
        }

        return FeatureHash.Of(shape[..length]);
    }
}
