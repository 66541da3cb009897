namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>
/// Labels the recorded candidates of one article against its gold answers: each gold quotation (direct, partial or
/// block) is matched to the recorded quotation that covers it best, as the scorer matches them, and each of that
/// quotation's candidates is right when its name is the gold speaker's (exact match). Quotations that match no gold
/// one teach nothing about speakers and are left out.
/// </summary>
internal static class ExampleLabeller
{
    public static IEnumerable<RankerExample> Label(GoldArticle gold, IReadOnlyList<CandidateRecorder.Entry> entries)
    {
        var words = new PredictedWords(entries.Select(e => e.Text));
        var taken = new bool[entries.Count];
        foreach (var quote in gold.Quotes.Where(q => !q.IsIndirect))
        {
            var best = words.Match(quote);
            if (best < 0 || taken[best])
            {
                continue;
            }

            taken[best] = true;
            foreach (var (features, name) in entries[best].Candidates)
            {
                yield return new RankerExample(features, SpeakerMatch.Exact(name, quote));
            }
        }
    }
}
