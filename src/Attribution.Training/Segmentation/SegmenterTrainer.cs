using Attribution.Linguistics.Segmentation;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;
using Attribution.Training.Learning;

namespace Attribution.Training.Segmentation;

/// <summary>
/// Trains the segmenter on the gold sentence starts of tagged paragraphs: each gap is an instance, the length of
/// the sentence so far comes from the gold starts (as the model will have decided them right), and the epoch with
/// the best sentence F1 on the development paragraphs is kept.
/// </summary>
internal static class SegmenterTrainer
{
    public static SentenceSegmenter Train(List<GoldParagraph> train, byte[][] trainTags, List<GoldParagraph> dev, byte[][] devTags, int epochs, ulong seed, TextWriter log)
    {
        var perceptron = new AveragedPerceptron(2, 1 << 16);
        var lexical = train.Select(Tagging.TaggerTrainer.Lexical).ToArray();
        var order = Enumerable.Range(0, train.Count).ToList();
        var random = new SplitMix(seed);
        Span<ulong> features = stackalloc ulong[SegmenterFeatures.Count];
        Span<float> scores = stackalloc float[2];
        SentenceSegmenter? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var p in order)
            {
                var paragraph = train[p];
                var starts = paragraph.SentenceStarts.ToHashSet();
                var length = 1;
                for (var i = 1; i < paragraph.Words.Length; i++)
                {
                    SegmenterFeatures.Extract(paragraph.Text, paragraph.Words, lexical[p], trainTags[p], i, length, features);
                    scores.Clear();
                    perceptron.Score(features, scores);
                    var guess = scores[SentenceSegmenter.Start] > scores[SentenceSegmenter.Continue] ? SentenceSegmenter.Start : SentenceSegmenter.Continue;
                    var gold = starts.Contains(i) ? SentenceSegmenter.Start : SentenceSegmenter.Continue;
                    perceptron.Update(features, gold, guess);
                    perceptron.Tick();
                    length = gold == SentenceSegmenter.Start ? 1 : length + 1;
                }
            }

            var segmenter = new SentenceSegmenter(perceptron.Export(0));
            var f1 = F1(segmenter, dev, devTags);
            log.WriteLine($"segmenter epoch {epoch}: dev sentence F1 {100 * f1:F2} ({segmenter.Model.FeatureCount} features)");
            if (f1 > bestF1)
            {
                bestF1 = f1;
                best = segmenter;
            }
        }

        return best!;
    }

    /// <summary>Sentence F1 over paragraphs on gold words: a sentence counts when both its ends are right.</summary>
    public static double F1(SentenceSegmenter segmenter, List<GoldParagraph> paragraphs, byte[][] tags)
    {
        long gold = 0, system = 0, correct = 0;
        using var starts = new Attribution.Text.PooledList<int>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            starts.Clear();
            segmenter.Segment(paragraph.Text, paragraph.Words, Tagging.TaggerTrainer.Lexical(paragraph), tags[p], starts);
            var goldSpans = Spans(paragraph.SentenceStarts, paragraph.Words.Length).ToHashSet();
            var systemSpans = Spans(starts.AsSpan().ToArray(), paragraph.Words.Length);
            gold += goldSpans.Count;
            system += systemSpans.Count;
            correct += systemSpans.Count(goldSpans.Contains);
        }

        return 2.0 * correct / (gold + system);
    }

    private static List<(int, int)> Spans(int[] starts, int length) =>
        [.. starts.Select((s, k) => (s, k + 1 < starts.Length ? starts[k + 1] : length))];
}
