namespace Attribution.Cli.Evaluation;

/// <summary>Attributes every article that has a <c>NAME.gold.json</c> beside its <c>NAME.txt</c> and scores it.</summary>
internal static class CorpusEvaluation
{
    /// <summary>One article with gold answers: its text and the answers.</summary>
    public sealed record Article(string Text, GoldArticle Gold);

    public static List<ArticleScore> Run(string directory, QuoteAttributor attributor) =>
        [.. Load(directory).Select(a => Scorer.Score(a.Gold, attributor.Attribute(a.Text).Quotes))];

    /// <summary>The articles of <paramref name="directory"/> that have answers, in file-name order.</summary>
    public static List<Article> Load(string directory)
    {
        var articles = new List<Article>();
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

            articles.Add(new Article(File.ReadAllText(textFile), GoldArticle.Parse(name, File.ReadAllText(goldFile))));
        }

        return articles;
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
