namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>
/// How well <see cref="Quotation.Confidence"/> predicts a right speaker: for every gold quotation (direct, partial or
/// block) found with a speaker, its confidence against whether the speaker is exactly the gold one, gathered in bins,
/// with the Brier score (the mean squared gap, 0 is perfect) over them all.
/// </summary>
internal sealed class Calibration
{
    private static readonly double[] Edges = [0.5, 0.7, 0.8, 0.9, 0.95, 1.0001];

    private readonly int[] counts = new int[Edges.Length];
    private readonly double[] confidence = new double[Edges.Length];
    private readonly int[] right = new int[Edges.Length];
    private double squares;
    private int total;

    public void Add(GoldArticle gold, IReadOnlyList<Quotation> predicted)
    {
        var quoted = predicted.Where(q => q.Kind != QuoteKind.Indirect && q.Speaker is not null).ToList();
        var words = new PredictedWords(quoted.Select(q => q.Text));
        foreach (var quote in gold.Quotes.Where(q => !q.IsIndirect))
        {
            var best = words.Match(quote);
            if (best >= 0)
            {
                var p = quoted[best].Confidence;
                var isRight = SpeakerMatch.Exact(quoted[best].Speaker!.Name, quote);
                var bin = Array.FindIndex(Edges, e => p < e);
                counts[bin]++;
                confidence[bin] += p;
                right[bin] += isRight ? 1 : 0;
                squares += (p - (isRight ? 1 : 0)) * (p - (isRight ? 1 : 0));
                total++;
            }
        }
    }

    public void Write(TextWriter writer)
    {
        writer.WriteLine("| confidence | quotations | mean confidence | right speaker |");
        writer.WriteLine("|---|--:|--:|--:|");
        for (var b = 0; b < Edges.Length; b++)
        {
            if (counts[b] > 0)
            {
                var from = b == 0 ? 0 : Edges[b - 1];
                var to = Math.Min(Edges[b], 1);
                writer.WriteLine(FormattableString.Invariant(
                    $"| {from:0.00}–{to:0.00} | {counts[b]} | {confidence[b] / counts[b]:0.000} | {(double)right[b] / counts[b]:0.000} |"));
            }
        }

        writer.WriteLine(FormattableString.Invariant($"\nBrier score {(total == 0 ? 0 : squares / total):0.000} over {total} quotations."));
    }
}
