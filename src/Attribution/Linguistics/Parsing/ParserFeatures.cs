using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;

namespace Attribution.Linguistics.Parsing;

/// <summary>
/// The parser's feature templates, after Zhang and Nivre (2011), "Transition-based Dependency Parsing with Rich
/// Non-local Features": words and tags of the stack top, the next three buffer words and their neighbours in the
/// tree, pairs and triples of them, the distance between stack top and buffer, how many dependents each side has and
/// which relations they bear; and, after Koo et al. (2008), the word clusters of the stack top and the next two words
/// beside their words, alone and paired with a tag or cluster. Words are lower-case form hashes; tags are tagger classes; clusters are
/// <see cref="WordClusters"/> paths.
/// </summary>
internal static class ParserFeatures
{
    public const int Count = 81;

    /// <summary>How many of the features read only the buffer (<see cref="ExtractBuffer"/>).</summary>
    public const int BufferCount = 14;

    /// <summary>How many read the stack or the arcs (<see cref="ExtractRest"/>).</summary>
    public const int RestCount = Count - BufferCount;

    // Where ExtractBuffer's and ExtractRest's features stand in Extract's.
    private static readonly byte[] BufferPositions = [3, 4, 5, 6, 7, 8, 9, 10, 11, 19, 20, 73, 74, 75];
    private static readonly byte[] RestPositions = [0, 1, 2, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 76, 77, 78, 79, 80];

    private const ulong NoWord = 0x6E6F6E65UL;
    private const ulong RootWord = 0x726F6F74UL;
    private const ulong NoTag = 1000;
    private const ulong RootTag = 1001;
    private const ulong NoRelation = 200;

    /// <summary>Writes all <see cref="Count"/> features, in the order the models were trained with.</summary>
    public static void Extract(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> clusters, ReadOnlySpan<byte> tags, Span<ulong> features)
    {
        Span<ulong> buffer = stackalloc ulong[BufferCount];
        Span<ulong> rest = stackalloc ulong[RestCount];
        ExtractBuffer(state, words, clusters, tags, buffer);
        ExtractRest(state, words, clusters, tags, rest);
        for (var k = 0; k < BufferCount; k++)
        {
            features[BufferPositions[k]] = buffer[k];
        }

        for (var k = 0; k < RestCount; k++)
        {
            features[RestPositions[k]] = rest[k];
        }
    }

    /// <summary>
    /// The <see cref="BufferCount"/> features that read only the next three buffer words (templates 4 to 12, 20, 21
    /// and 74 to 76), in <see cref="Extract"/>'s order. They change only when a word leaves the buffer, which about half the moves
    /// (reduce, left arc) do not, so the parser keeps their sum from one move to the next.
    /// </summary>
    public static void ExtractBuffer(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> clusters, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        var n0 = state.Buffer(0);
        var n1 = state.Buffer(1);
        var n2 = state.Buffer(2);
        ulong n0w = Word(state, words, n0), n0p = Tag(state, tags, n0);
        ulong n1w = Word(state, words, n1), n1p = Tag(state, tags, n1);
        ulong n2w = Word(state, words, n2), n2p = Tag(state, tags, n2);
        var i = 0;
        f[i++] = FeatureHash.Key(4, n0w, n0p);
        f[i++] = FeatureHash.Key(5, n0w);
        f[i++] = FeatureHash.Key(6, n0p);
        f[i++] = FeatureHash.Key(7, n1w, n1p);
        f[i++] = FeatureHash.Key(8, n1w);
        f[i++] = FeatureHash.Key(9, n1p);
        f[i++] = FeatureHash.Key(10, n2w, n2p);
        f[i++] = FeatureHash.Key(11, n2w);
        f[i++] = FeatureHash.Key(12, n2p);
        f[i++] = FeatureHash.Key(20, n0p, n1p);
        f[i++] = FeatureHash.Key(21, n0p, n1p, n2p);

        int n0c = Cluster(state, clusters, n0), n1c = Cluster(state, clusters, n1);
        f[i++] = FeatureHash.Key(74, WordClusters.Prefix(n0c, 3));
        f[i++] = FeatureHash.Key(75, WordClusters.Prefix(n0c, 2));
        f[i++] = FeatureHash.Key(76, WordClusters.Prefix(n1c, 3));
    }

    /// <summary>The <see cref="RestCount"/> features that read the stack and the arcs, in <see cref="Extract"/>'s order.</summary>
    public static void ExtractRest(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> clusters, ReadOnlySpan<byte> tags, Span<ulong> f)
    {
        var s0 = state.Stack(0);
        var n0 = state.Buffer(0);
        var n1 = state.Buffer(1);
        var s0h = state.Head(s0);
        var s0h2 = state.Head(s0h);
        var s0l = state.Leftmost(s0);
        var s0r = state.Rightmost(s0);
        var s0l2 = state.Leftmost2(s0);
        var s0r2 = state.Rightmost2(s0);
        var n0l = state.Leftmost(n0);
        var n0l2 = state.Leftmost2(n0);
        var s1 = state.Stack(1);

        ulong s0w = Word(state, words, s0), s0p = Tag(state, tags, s0);
        ulong n0w = Word(state, words, n0), n0p = Tag(state, tags, n0);
        ulong n1p = Tag(state, tags, n1);
        ulong s0hw = Word(state, words, s0h), s0hp = Tag(state, tags, s0h);
        ulong s0lw = Word(state, words, s0l), s0lp = Tag(state, tags, s0l);
        ulong s0rw = Word(state, words, s0r), s0rp = Tag(state, tags, s0r);
        ulong n0lw = Word(state, words, n0l), n0lp = Tag(state, tags, n0l);
        ulong s0h2w = Word(state, words, s0h2), s0h2p = Tag(state, tags, s0h2);
        ulong s0l2w = Word(state, words, s0l2), s0l2p = Tag(state, tags, s0l2);
        ulong s0r2w = Word(state, words, s0r2), s0r2p = Tag(state, tags, s0r2);
        ulong n0l2w = Word(state, words, n0l2), n0l2p = Tag(state, tags, n0l2);
        ulong s1p = Tag(state, tags, s1), s1w = Word(state, words, s1);
        ulong s0L = Label(state, s0), s0lL = Label(state, s0l), s0rL = Label(state, s0r), n0lL = Label(state, n0l);
        ulong s0l2L = Label(state, s0l2), s0r2L = Label(state, s0r2), n0l2L = Label(state, n0l2);
        ulong distance = s0 >= 0 && n0 >= 0 && s0 != state.Root ? (ulong)Math.Min(n0 - s0, 6) : 0;
        ulong s0vl = (ulong)state.LeftCount(s0), s0vr = (ulong)state.RightCount(s0), n0vl = (ulong)state.LeftCount(n0);
        ulong s0sl = state.LeftRelations(s0), s0sr = state.RightRelations(s0), n0sl = state.LeftRelations(n0);

        var i = 0;

        // Single words.
        f[i++] = FeatureHash.Key(1, s0w, s0p);
        f[i++] = FeatureHash.Key(2, s0w);
        f[i++] = FeatureHash.Key(3, s0p);

        // Pairs.
        f[i++] = FeatureHash.Key(13, FeatureHash.Key(0, s0w, s0p), n0w, n0p);
        f[i++] = FeatureHash.Key(14, s0w, s0p, n0w);
        f[i++] = FeatureHash.Key(15, s0w, n0w, n0p);
        f[i++] = FeatureHash.Key(16, s0w, s0p, n0p);
        f[i++] = FeatureHash.Key(17, s0p, n0w, n0p);
        f[i++] = FeatureHash.Key(18, s0w, n0w);
        f[i++] = FeatureHash.Key(19, s0p, n0p);

        // Triples of tags.
        f[i++] = FeatureHash.Key(22, s0p, n0p, n1p);
        f[i++] = FeatureHash.Key(23, s0hp, s0p, n0p);
        f[i++] = FeatureHash.Key(24, s0p, s0lp, n0p);
        f[i++] = FeatureHash.Key(25, s0p, s0rp, n0p);
        f[i++] = FeatureHash.Key(26, s0p, n0p, n0lp);

        // Distance.
        f[i++] = FeatureHash.Key(27, s0w, distance);
        f[i++] = FeatureHash.Key(28, s0p, distance);
        f[i++] = FeatureHash.Key(29, n0w, distance);
        f[i++] = FeatureHash.Key(30, n0p, distance);
        f[i++] = FeatureHash.Key(31, s0w, n0w, distance);
        f[i++] = FeatureHash.Key(32, s0p, n0p, distance);

        // Valency.
        f[i++] = FeatureHash.Key(33, s0w, s0vr);
        f[i++] = FeatureHash.Key(34, s0p, s0vr);
        f[i++] = FeatureHash.Key(35, s0w, s0vl);
        f[i++] = FeatureHash.Key(36, s0p, s0vl);
        f[i++] = FeatureHash.Key(37, n0w, n0vl);
        f[i++] = FeatureHash.Key(38, n0p, n0vl);

        // Neighbours in the tree.
        f[i++] = FeatureHash.Key(39, s0hw);
        f[i++] = FeatureHash.Key(40, s0hp);
        f[i++] = FeatureHash.Key(41, s0L);
        f[i++] = FeatureHash.Key(42, s0lw);
        f[i++] = FeatureHash.Key(43, s0lp);
        f[i++] = FeatureHash.Key(44, s0lL);
        f[i++] = FeatureHash.Key(45, s0rw);
        f[i++] = FeatureHash.Key(46, s0rp);
        f[i++] = FeatureHash.Key(47, s0rL);
        f[i++] = FeatureHash.Key(48, n0lw);
        f[i++] = FeatureHash.Key(49, n0lp);
        f[i++] = FeatureHash.Key(50, n0lL);

        // Third order.
        f[i++] = FeatureHash.Key(51, s0h2w);
        f[i++] = FeatureHash.Key(52, s0h2p);
        f[i++] = FeatureHash.Key(53, s0l2w);
        f[i++] = FeatureHash.Key(54, s0l2p);
        f[i++] = FeatureHash.Key(55, s0l2L);
        f[i++] = FeatureHash.Key(56, s0r2w);
        f[i++] = FeatureHash.Key(57, s0r2p);
        f[i++] = FeatureHash.Key(58, s0r2L);
        f[i++] = FeatureHash.Key(59, n0l2w);
        f[i++] = FeatureHash.Key(60, n0l2p);
        f[i++] = FeatureHash.Key(61, n0l2L);
        f[i++] = FeatureHash.Key(62, s0p, s0lp, s0l2p);
        f[i++] = FeatureHash.Key(63, s0p, s0rp, s0r2p);
        f[i++] = FeatureHash.Key(64, s0p, s0hp, s0h2p);
        f[i++] = FeatureHash.Key(65, n0p, n0lp, n0l2p);

        // Relation sets.
        f[i++] = FeatureHash.Key(66, s0w, s0sr);
        f[i++] = FeatureHash.Key(67, s0p, s0sr);
        f[i++] = FeatureHash.Key(68, s0w, s0sl);
        f[i++] = FeatureHash.Key(69, s0p, s0sl);
        f[i++] = FeatureHash.Key(70, n0w, n0sl);
        f[i++] = FeatureHash.Key(71, n0p, n0sl);

        // The word below the stack top, which the arc-eager features above leave out.
        f[i++] = FeatureHash.Key(72, s1p, s0p, n0p);
        f[i++] = FeatureHash.Key(73, s1w, s1p);

        // Clusters for the words of the stack top and the buffer's front.
        int s0c = Cluster(state, clusters, s0), n0c = Cluster(state, clusters, n0);
        f[i++] = FeatureHash.Key(77, WordClusters.Prefix(s0c, 3));
        f[i++] = FeatureHash.Key(78, WordClusters.Prefix(s0c, 2));
        f[i++] = FeatureHash.Key(79, WordClusters.Prefix(s0c, 2), WordClusters.Prefix(n0c, 2));
        f[i++] = FeatureHash.Key(80, WordClusters.Prefix(s0c, 3), n0p);
        f[i++] = FeatureHash.Key(81, s0p, WordClusters.Prefix(n0c, 3));
    }

    private static ulong Word(ParseState state, ReadOnlySpan<ulong> words, int i) =>
        i == ParseState.None ? NoWord : i == state.Root ? RootWord : words[i];

    // The root and the places beyond the sentence must not read as a group of words; they take values past every path.
    private static int Cluster(ParseState state, ReadOnlySpan<int> clusters, int i) =>
        i == ParseState.None ? 0x10000 : i == state.Root ? 0x10001 : clusters[i];

    private static ulong Tag(ParseState state, ReadOnlySpan<byte> tags, int i) =>
        i == ParseState.None ? NoTag : i == state.Root ? RootTag : tags[i];

    private static ulong Label(ParseState state, int i) =>
        i == ParseState.None || i == state.Root || state.Head(i) == ParseState.None ? NoRelation : (ulong)state.Relation(i);
}
