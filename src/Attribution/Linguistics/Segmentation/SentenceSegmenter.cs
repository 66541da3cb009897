using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Linguistics.Segmentation;

/// <summary>
/// Splits a tagged paragraph into sentences: at each word after the first, a trained two-class perceptron decides
/// whether a sentence starts there, left to right, so that the length of the sentence so far is a feature. Learned
/// rather than written, because the treebanks' web text ends sentences without stops, with smileys and with runs of
/// marks as often as with a full stop.
/// </summary>
internal sealed class SentenceSegmenter(LinearModel model)
{
    public const int Continue = 0;
    public const int Start = 1;

    public LinearModel Model { get; } = model;

    /// <summary>Appends the index of the first word of each sentence of the paragraph (0 always) to <paramref name="starts"/>.</summary>
    public void Segment(string text, ReadOnlySpan<Word> spans, ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, PooledList<int> starts)
    {
        if (words.Length == 0)
        {
            return;
        }

        Span<ulong> features = stackalloc ulong[SegmenterFeatures.Count];
        Span<int> scores = stackalloc int[2];
        starts.Add(0);
        var length = 1;
        for (var i = 1; i < words.Length; i++)
        {
            SegmenterFeatures.Extract(text, spans, words, tags, i, length, features);
            scores.Clear();
            Model.Score(features, scores);
            if (scores[Start] > scores[Continue])
            {
                starts.Add(i);
                length = 1;
            }
            else
            {
                length++;
            }
        }
    }

    public void Write(BinaryWriter writer) => Model.Write(writer);

    public static SentenceSegmenter Read(BinaryReader reader) => new(LinearModel.Read(reader));
}
