namespace Attribution.Cli.Evaluation;

/// <summary>Attributes every article that has a <c>NAME.gold.json</c> beside its <c>NAME.txt</c> and scores it.</summary>
internal static class CorpusEvaluation
{
    public static List<ArticleScore> Run(string directory, QuoteAttributor attributor)
    {
        var scores = new List<ArticleScore>();
        var goldFiles = Directory.GetFiles(directory, "*.gold.json");
        Array.Sort(goldFiles, StringComparer.Ordinal);
        foreach (var goldFile in goldFiles)
        {
            var name = Path.GetFileName(goldFile)[..^".gold.json".Length];
            var textFile = Path.Combine(directory, name + ".txt");
            if (!File.Exists(textFile))
            {
                throw new FileNotFoundException($"{textFile} is missing (its answers are in {Path.GetFileName(goldFile)})", textFile);
            }

            var gold = GoldArticle.Parse(name, File.ReadAllText(goldFile));
            var result = attributor.Attribute(File.ReadAllText(textFile));
            scores.Add(Scorer.Score(gold, result.Quotes));
        }

        return scores;
    }

    public static (GroupScore Quoted, GroupScore Indirect) Total(IEnumerable<ArticleScore> scores)
    {
        var quoted = GroupScore.Empty;
        var indirect = GroupScore.Empty;
        foreach (var score in scores)
        {
            quoted += score.Quoted;
            indirect += score.Indirect;
        }

        return (quoted, indirect);
    }
}
