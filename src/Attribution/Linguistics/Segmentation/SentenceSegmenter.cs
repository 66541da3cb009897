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
        Span<ulong> next = stackalloc ulong[SegmenterFeatures.Count];
        Span<int> scores = stackalloc int[2];
        starts.Add(0);
        var length = 1;
        if (words.Length > 1)
        {
            SegmenterFeatures.Extract(text, spans, words, tags, 1, length, next);
        }

        for (var i = 1; i < words.Length; i++)
        {
            // The next gap's features are made while this one is scored, on the guess that the sentence goes on, and
            // their slots asked for, so the memory's wait overlaps this gap's; a sentence start (once a sentence) makes
            // them again with the true length.
            next.CopyTo(features);
            if (i + 1 < words.Length)
            {
                SegmenterFeatures.Extract(text, spans, words, tags, i + 1, length + 1, next);
                Model.Prefetch(next);
            }

            scores.Clear();
            Model.Score(features, scores);
            if (scores[Start] > scores[Continue])
            {
                starts.Add(i);
                length = 1;
                if (i + 1 < words.Length)
                {
                    SegmenterFeatures.Extract(text, spans, words, tags, i + 1, length, next);
                }
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
