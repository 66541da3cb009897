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
        var command = new Command("eval", "Scores the attribution of every article in DIR against its gold answers and prints a Markdown table: a row per article, then totals; given several directories, a table for each under its name.")
        {
            directory,
            verbose,
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
            return Run(parse.GetRequiredValue(directory), parse.GetValue(verbose), console.Out, console.Error);
        });
        return command;
    }

    public static int Run(IReadOnlyList<string> directories, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var tables = new List<(string Directory, List<ArticleScore> Scores)>();
        foreach (var directory in directories)
        {
            if (Score(directory, stderr) is not { } scores)
            {
                return ExitCodes.InputError;
            }

            tables.Add((directory, scores));
        }

        foreach (var (directory, scores) in tables)
        {
            if (tables.Count > 1)
            {
                stdout.WriteLine($"### {directory}");
                stdout.WriteLine();
            }

            ScoreTable.Write(stdout, scores);
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

    private static List<ArticleScore>? Score(string directory, TextWriter stderr)
    {
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no such directory"));
            return null;
        }

        List<ArticleScore> scores;
        try
        {
            scores = CorpusEvaluation.Run(directory, new QuoteAttributor());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {e.Message}"));
            return null;
        }

        if (scores.Count == 0)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no *.gold.json files"));
            return null;
        }

        return scores;
    }
}
