using System.CommandLine;
using Attribution.Cli.CommandLine;

namespace Attribution.Cli.Evaluation;

/// <summary>
/// <c>attribution eval DIR... [--verbose]</c>: the accuracy table for each directory of articles with gold answers,
/// scored apart (news and interviews are different tasks and their totals are not pooled).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string[]>("DIR")
        {
            Description = "a directory of NAME.txt articles, each with its answers in NAME.gold.json (see the corpus README); with several, a table for each",
            Arity = ArgumentArity.OneOrMore,
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list each missed, spurious or mis-attributed quotation" };
        var folds = new Option<int>("--folds")
        {
            Description = "cross-validate the speaker ranker: deal the articles into K folds and score each with a ranker trained on the others only (K from 2 to 20)",
            CustomParser = result =>
            {
                var token = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var k) && k is >= 2 and <= 20)
                {
                    return k;
                }

                result.AddError($"--folds must be a whole number from 2 to 20, not '{token}'");
                return 0;
            },
        };
        var command = new Command("eval", "Scores the attribution of every article in DIR against its gold answers and prints a Markdown table: a row per article, then totals; given several directories, a table for each under its name.")
        {
            directory,
            verbose,
            folds,
        };
        HelpSections.Add(command, """
            Exit codes:
              0    the table was printed
              1    DIR does not exist, or holds no NAME.gold.json, or an answer file cannot be read
              2    the command line is wrong

            """);
        command.SetAction(parse =>
        {
            UnknownOptions.Reject(parse, directory);
            var k = parse.GetResult(folds) is null ? 0 : parse.GetValue(folds);
            return Run(parse.GetRequiredValue(directory), parse.GetValue(verbose), k, console.Out, console.Error);
        });
        return command;
    }

    /// <param name="folds">0 to score with the shipped ranker; otherwise the number of cross-validation folds.</param>
    public static int Run(IReadOnlyList<string> directories, bool verbose, int folds, TextWriter stdout, TextWriter stderr)
    {
        var corpora = new List<List<CorpusEvaluation.Article>>();
        foreach (var directory in directories)
        {
            if (Load(directory, stderr) is not { } articles)
            {
                return ExitCodes.InputError;
            }

            corpora.Add(articles);
        }

        var attributor = new QuoteAttributor();
        var scored = folds > 0
            ? Ranking.CrossValidation.Run(corpora, folds)
            : [.. corpora.Select(articles => (articles.Select(a => Scorer.Score(a.Gold, attributor.Attribute(a.Text).Quotes)).ToList(), (Ranking.Calibration?)null))];
        if (folds > 0)
        {
            stdout.WriteLine($"Cross-validated: each article scored by a speaker ranker trained on the other {folds - 1} of {folds} folds only.");
            stdout.WriteLine();
        }

        var tables = directories.Zip(scored, (d, s) => (d, s.Item1, s.Item2)).ToList();
        foreach (var (directory, scores, calibration) in tables)
        {
            if (tables.Count > 1)
            {
                stdout.WriteLine($"### {directory}");
                stdout.WriteLine();
            }

            ScoreTable.Write(stdout, scores);
            if (calibration is not null)
            {
                stdout.WriteLine();
                calibration.Write(stdout);
            }

            if (verbose)
            {
                ScoreTable.WriteFindings(stdout, scores);
            }

            if (tables.Count > 1)
            {
                stdout.WriteLine();
            }
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    private static List<CorpusEvaluation.Article>? Load(string directory, TextWriter stderr)
    {
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no such directory"));
            return null;
        }

        List<CorpusEvaluation.Article> articles;
        try
        {
            articles = CorpusEvaluation.Load(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {e.Message}"));
            return null;
        }

        if (articles.Count == 0)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no *.gold.json files"));
            return null;
        }

        return articles;
    }
}
