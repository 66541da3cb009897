namespace Attribution.Cli.Evaluation;

/// <summary>
/// The scoring words of a list of predicted texts, read once, and the match of a gold quotation among them as the
/// corpus README defines it: the prediction that covers most of its words, ties to the tighter prediction (fewer
/// words), so a nested clause matches the clause, not the sentence holding it.
/// </summary>
internal sealed class PredictedWords
{
    private readonly List<HashSet<string>> sets;

    public PredictedWords(IEnumerable<string> texts)
    {
        Words = [.. texts.Select(ScoringWords.Of)];
        sets = [.. Words.Select(w => new HashSet<string>(w, StringComparer.Ordinal))];
    }

    /// <summary>Each prediction's scoring words, in order, repeats kept.</summary>
    public List<List<string>> Words { get; }

    /// <summary>The best-covering prediction and its coverage; -1 when nothing covers any word.</summary>
    private (int Index, double Coverage) BestMatch(List<string> gold)
    {
        var best = -1;
        var bestCoverage = 0.0;
        for (var j = 0; j < sets.Count; j++)
        {
            var coverage = ScoringWords.Coverage(gold, sets[j]);
            if (coverage > bestCoverage || (coverage == bestCoverage && best >= 0 && Words[j].Count < Words[best].Count))
            {
                best = j;
                bestCoverage = coverage;
            }
        }

        return (best, bestCoverage);
    }

    /// <summary>The prediction that finds <paramref name="gold"/> (covers at least <see cref="Scorer.Threshold"/> of it), or -1.</summary>
    public int Match(GoldQuote gold) => BestMatch(ScoringWords.Of(gold.Text)) is (>= 0 and var best, >= Scorer.Threshold) ? best : -1;
}
