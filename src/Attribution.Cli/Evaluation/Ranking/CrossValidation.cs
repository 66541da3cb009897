using Attribution.Speakers.Ranking;

namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>
/// The ranker's k-fold cross-validation over articles: the articles of every directory are dealt into k folds in
/// file-name order (article i to fold i mod k), and each fold is attributed by a ranker trained on the candidates of
/// the other folds only, so no article is scored by weights that saw it.
/// </summary>
internal static class CrossValidation
{
    /// <summary>The training examples of every article, recorded with the rules asked as the learned ranker asks them.</summary>
    public static List<RankerExample>[] Record(IReadOnlyList<CorpusEvaluation.Article> articles)
    {
        var examples = new List<RankerExample>[articles.Count];
        for (var a = 0; a < articles.Count; a++)
        {
            var recorder = new CandidateRecorder(new PriorityRanker());
            new QuoteAttributor(new AttributionOptions(), recorder).Attribute(articles[a].Text);
            examples[a] = [.. ExampleLabeller.Label(articles[a].Gold, recorder.Entries)];
        }

        return examples;
    }

    /// <summary>Weights trained on every article given.</summary>
    public static RankerWeights TrainAll(IReadOnlyList<List<RankerExample>> examples) =>
        RankerTrainer.Train([.. examples.SelectMany(e => e)]);

    /// <summary>Each directory's scores and calibration, every article scored by the ranker of the folds it is not in.</summary>
    public static List<(List<ArticleScore> Scores, Calibration? Calibration)> Run(IReadOnlyList<List<CorpusEvaluation.Article>> directories, int folds)
    {
        var all = directories.SelectMany((articles, d) => articles.Select((article, i) => (Directory: d, Index: i, Article: article))).ToList();
        var examples = Record([.. all.Select(a => a.Article)]);
        var scores = directories.Select(d => new ArticleScore?[d.Count]).ToList();
        var calibrations = directories.Select(_ => new Calibration()).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            // Dealt within each directory, so every fold holds some news and some interviews.
            var training = all.Select((a, n) => (a, n)).Where(p => p.a.Index % folds != fold).Select(p => examples[p.n]).ToList();
            var attributor = new QuoteAttributor(new AttributionOptions(), new LearnedRanker(TrainAll(training)));
            foreach (var (directory, index, article) in all.Where(a => a.Index % folds == fold))
            {
                var quotes = attributor.Attribute(article.Text).Quotes;
                scores[directory][index] = Scorer.Score(article.Gold, quotes);
                calibrations[directory].Add(article.Gold, quotes);
            }
        }

        return [.. scores.Select((s, d) => (s.Select(x => x!).ToList(), calibrations[d]))];
    }
}
