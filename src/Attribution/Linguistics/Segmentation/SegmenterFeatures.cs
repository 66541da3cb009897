using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;

namespace Attribution.Linguistics.Segmentation;

/// <summary>
/// The sentence segmenter's feature templates for the gap before word <c>i</c> of a paragraph: the words and tags
/// either side, whether the word before is a sentence mark (or a closing quote or bracket after one), whether any
/// space separates them in the text, and how long the current sentence already is.
/// </summary>
internal static class SegmenterFeatures
{
    public const int Count = 24;

    private const ulong NoTag = 1000;

    public static void Extract(
        string text, ReadOnlySpan<Word> spans, ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, int i, int sentenceLength, Span<ulong> f)
    {
        ref readonly var w = ref At(words, i);
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        var t0 = TagAt(tags, i);
        var tp = TagAt(tags, i - 1);
        var tn = TagAt(tags, i + 1);
        var tp2 = TagAt(tags, i - 2);
        var gap = i > 0 && spans[i].Start > spans[i - 1].End ? (LineBreakBetween(text, spans[i - 1].End, spans[i].Start) ? 2UL : 1UL) : 0UL;
        var closesAfterMark = i >= 2 && p2.IsTerminal && IsCloser(spans[i - 1].Of(text)) ? 1UL : 0UL;
        var terminal = p1.IsTerminal ? 1UL : 0UL;
        var length = (ulong)Math.Min(sentenceLength, 12);
        var wordEndsInStop = i > 0 && spans[i - 1].Length > 1 && text[spans[i - 1].End - 1] == '.' ? 1UL : 0UL;

        f[0] = FeatureHash.Key(200, 0);
        f[1] = FeatureHash.Key(201, p1.Lower);
        f[2] = FeatureHash.Key(202, w.Lower);
        f[3] = FeatureHash.Key(203, w.Shape);
        f[4] = FeatureHash.Key(204, p1.Shape);
        f[5] = FeatureHash.Key(205, n1.Shape);
        f[6] = FeatureHash.Key(206, p2.Lower);
        f[7] = FeatureHash.Key(207, t0);
        f[8] = FeatureHash.Key(208, tp);
        f[9] = FeatureHash.Key(209, tn);
        f[10] = FeatureHash.Key(210, tp, t0);
        f[11] = FeatureHash.Key(211, p1.Lower, w.Shape);
        f[12] = FeatureHash.Key(212, terminal, w.Shape);
        f[13] = FeatureHash.Key(213, p2.Lower, p1.Lower);
        f[14] = FeatureHash.Key(214, gap);
        f[15] = FeatureHash.Key(215, gap, terminal, w.Shape);
        f[16] = FeatureHash.Key(216, closesAfterMark, w.Shape);
        f[17] = FeatureHash.Key(217, length);
        f[18] = FeatureHash.Key(218, length, terminal);
        f[19] = FeatureHash.Key(219, wordEndsInStop, w.Shape);
        f[20] = FeatureHash.Key(220, tp2, tp, t0);
        f[21] = FeatureHash.Key(221, p1.Lower, w.Lower);
        f[22] = FeatureHash.Key(222, tp, w.Lower);
        f[23] = FeatureHash.Key(223, p1.Lower, t0);
    }

    private static bool LineBreakBetween(string text, int start, int end) => text.AsSpan(start, end - start).ContainsAny('\n', '\r');

    private static bool IsCloser(ReadOnlySpan<char> form) => form.Length >= 1 && form[0] is '"' or '”' or '’' or '\'' or ')' or ']' or '»';

    private static ref readonly LexicalFeatures At(ReadOnlySpan<LexicalFeatures> words, int i) =>
        ref (uint)i < (uint)words.Length ? ref words[i] : ref LexicalFeatures.Padding;

    private static ulong TagAt(ReadOnlySpan<byte> tags, int i) => (uint)i < (uint)tags.Length ? tags[i] : NoTag;
}
