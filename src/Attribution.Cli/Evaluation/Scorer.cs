using Attribution.Cli.Reports;

namespace Attribution.Cli.Evaluation;

/// <summary>
/// Scores predictions against gold answers exactly as the corpus README defines it: word coverage 0.8, the quoted
/// and indirect groups scored apart, exact and lenient speaker match, end-to-end precision and recall capped at 1.
/// </summary>
internal static class Scorer
{
    public const double Threshold = 0.8;

    public static ArticleScore Score(GoldArticle gold, IReadOnlyList<Quotation> predicted)
    {
        var allGold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var quote in gold.Quotes)
        {
            allGold.UnionWith(ScoringWords.Of(quote.Text));
        }

        var findings = new List<Finding>();
        var quoted = ScoreGroup(
            [.. gold.Quotes.Where(q => !q.IsIndirect)], [.. predicted.Where(q => q.Kind != QuoteKind.Indirect)], allGold, findings, indirect: false);
        var indirect = ScoreGroup(
            [.. gold.Quotes.Where(q => q.IsIndirect)], [.. predicted.Where(q => q.Kind == QuoteKind.Indirect)], allGold, findings, indirect: true);
        return new ArticleScore(gold.Name, quoted, indirect, findings);
    }

    private static GroupScore ScoreGroup(List<GoldQuote> gold, List<Quotation> predicted, HashSet<string> allGold, List<Finding> findings, bool indirect)
    {
        var words = new PredictedWords(predicted.Select(p => p.Text));

        int found = 0, exact = 0, lenient = 0, missedOptional = 0;
        foreach (var quote in gold)
        {
            var best = words.Match(quote);
            if (best < 0)
            {
                if (quote.IsOptional)
                {
                    // Doubtful or borderline: missing it is no error, so it leaves the gold count.
                    missedOptional++;
                    continue;
                }

                findings.Add(new Finding(FindingKind.Missed, quote.Text, quote.Speaker, null, null, indirect));
                continue;
            }

            found++;
            var match = predicted[best];
            var name = match.Speaker?.Name;
            var isExact = SpeakerMatch.Exact(name, quote);
            exact += isExact ? 1 : 0;
            lenient += SpeakerMatch.Lenient(name, quote) ? 1 : 0;
            if (!isExact)
            {
                findings.Add(new Finding(FindingKind.WrongSpeaker, quote.Text, quote.Speaker, name, JsonNames.Of(match.Rule), indirect));
            }
        }

        var real = 0;
        for (var j = 0; j < predicted.Count; j++)
        {
            if (ScoringWords.Coverage(words.Words[j], allGold) >= Threshold)
            {
                real++;
            }
            else
            {
                var p = predicted[j];
                findings.Add(new Finding(FindingKind.Spurious, p.Text, null, p.Speaker?.Name, JsonNames.Of(p.Rule), indirect));
            }
        }

        return new GroupScore(gold.Count - missedOptional, predicted.Count, found, real, exact, lenient);
    }
}
