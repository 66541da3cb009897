using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Tagging;

/// <summary>
/// The tagger's feature templates: the word, its affixes, shape and cluster, its neighbours two either side (and
/// the clusters of one before and two after), and the tags already given to the two words before it (greedy, left
/// to right). Shared by the trainer and the runtime, which is what keeps a model file meaningful.
/// </summary>
internal static class TaggerFeatures
{
    public const int Count = 41;

    /// <summary>The tag value standing in before the first word.</summary>
    public const int NoTag = 255;

    /// <summary>How many of the templates read nothing but the word itself (<see cref="ExtractWord"/>).</summary>
    public const int WordCount = 15;

    /// <summary>How many read its neighbours or the tags before it (<see cref="ExtractContext"/>).</summary>
    public const int ContextCount = Count - WordCount;

    // Where ExtractWord's and ExtractContext's features stand in Extract's: the order the models were trained in.
    private static readonly byte[] WordPositions = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 27, 33, 34, 35];
    private static readonly byte[] ContextPositions = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 28, 29, 30, 31, 32, 36, 37, 38, 39, 40];

    /// <summary>Writes the features of word <paramref name="i"/> to <paramref name="features"/> (<see cref="Count"/> of them).</summary>
    public static void Extract(ReadOnlySpan<LexicalFeatures> words, int i, ReadOnlySpan<byte> tags, Span<ulong> features)
    {
        Span<ulong> word = stackalloc ulong[WordCount];
        Span<ulong> context = stackalloc ulong[ContextCount];
        ExtractWord(words[i], word);
        ExtractContext(words, i, tags, context);
        for (var k = 0; k < WordCount; k++)
        {
            features[WordPositions[k]] = word[k];
        }

        for (var k = 0; k < ContextCount; k++)
        {
            features[ContextPositions[k]] = context[k];
        }
    }

    /// <summary>
    /// The features of a word on its own, the same wherever it stands (<see cref="WordCount"/> of them), which the
    /// tagger sums once per word and keeps (<see cref="WordScoreCache"/>).
    /// </summary>
    public static void ExtractWord(in LexicalFeatures w, Span<ulong> features)
    {
        features[0] = FeatureHash.Key(0, 0);
        features[1] = FeatureHash.Key(1, w.Lower);
        features[2] = FeatureHash.Key(2, w.Form);
        features[3] = FeatureHash.Key(3, w.Suffix1);
        features[4] = FeatureHash.Key(4, w.Suffix2);
        features[5] = FeatureHash.Key(5, w.Suffix3);
        features[6] = FeatureHash.Key(6, w.Suffix4);
        features[7] = FeatureHash.Key(7, w.Prefix1);
        features[8] = FeatureHash.Key(8, w.Prefix2);
        features[9] = FeatureHash.Key(9, w.Prefix3);
        features[10] = FeatureHash.Key(10, w.Shape);
        features[11] = FeatureHash.Key(27, w.Ambiguity);
        features[12] = FeatureHash.Key(33, WordClusters.Prefix(w.Cluster, 1));
        features[13] = FeatureHash.Key(34, WordClusters.Prefix(w.Cluster, 2));
        features[14] = FeatureHash.Key(35, WordClusters.Prefix(w.Cluster, 3));
    }

    /// <summary>The features of word <paramref name="i"/> that read its neighbours or the tags before it (<see cref="ContextCount"/>).</summary>
    public static void ExtractContext(ReadOnlySpan<LexicalFeatures> words, int i, ReadOnlySpan<byte> tags, Span<ulong> features)
    {
        ref readonly var w = ref words[i];
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var t1 = i >= 1 ? tags[i - 1] : (ulong)NoTag;
        var t2 = i >= 2 ? tags[i - 2] : (ulong)NoTag;
        var boundary = i == 0 || p1.IsTerminal ? 1UL : 0UL;

        features[0] = FeatureHash.Key(11, p1.Lower);
        features[1] = FeatureHash.Key(12, p2.Lower);
        features[2] = FeatureHash.Key(13, n1.Lower);
        features[3] = FeatureHash.Key(14, n2.Lower);
        features[4] = FeatureHash.Key(15, p1.Suffix3);
        features[5] = FeatureHash.Key(16, n1.Suffix3);
        features[6] = FeatureHash.Key(17, t1);
        features[7] = FeatureHash.Key(18, t2);
        features[8] = FeatureHash.Key(19, t1, t2);
        features[9] = FeatureHash.Key(20, t1, w.Lower);
        features[10] = FeatureHash.Key(21, p1.Lower, w.Lower);
        features[11] = FeatureHash.Key(22, w.Lower, n1.Lower);
        features[12] = FeatureHash.Key(23, p1.Shape);
        features[13] = FeatureHash.Key(24, n1.Shape);
        features[14] = FeatureHash.Key(25, boundary, w.Shape);
        features[15] = FeatureHash.Key(26, t1, w.Suffix2);
        features[16] = FeatureHash.Key(28, n1.Ambiguity);
        features[17] = FeatureHash.Key(29, n2.Ambiguity);
        features[18] = FeatureHash.Key(30, w.Ambiguity, n1.Ambiguity);
        features[19] = FeatureHash.Key(31, t1, w.Ambiguity);
        features[20] = FeatureHash.Key(32, w.Lower, n1.Ambiguity);
        features[21] = FeatureHash.Key(36, WordClusters.Prefix(p1.Cluster, 2));
        features[22] = FeatureHash.Key(37, WordClusters.Prefix(n1.Cluster, 2));
        features[23] = FeatureHash.Key(38, WordClusters.Prefix(n1.Cluster, 3));
        features[24] = FeatureHash.Key(39, WordClusters.Prefix(n2.Cluster, 2));
        features[25] = FeatureHash.Key(40, t1, WordClusters.Prefix(w.Cluster, 3));
    }

    private static ref readonly LexicalFeatures At(ReadOnlySpan<LexicalFeatures> words, int i) =>
        ref (uint)i < (uint)words.Length ? ref words[i] : ref LexicalFeatures.Padding;
}
