using System.CommandLine;
using Attribution.Cli.CommandLine;

namespace Attribution.Cli.Evaluation;

/// <summary><c>attribution eval DIR [--verbose]</c>: the accuracy table for a directory of articles with gold answers.</summary>
internal static class EvalCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR")
        {
            Description = "a directory of NAME.txt articles, each with its answers in NAME.gold.json (see the corpus README)",
        };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "also list each missed, spurious or mis-attributed quotation" };
        var command = new Command("eval", "Scores the attribution of every article in DIR against its gold answers and prints a Markdown table: a row per article, then totals.")
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

    public static int Run(string directory, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        if (!Directory.Exists(directory))
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no such directory"));
            return ExitCodes.InputError;
        }

        List<ArticleScore> scores;
        try
        {
            scores = CorpusEvaluation.Run(directory, new QuoteAttributor());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {e.Message}"));
            return ExitCodes.InputError;
        }

        if (scores.Count == 0)
        {
            stderr.WriteLine(ConsoleText.Line($"{CliApp.Name}: {directory}: no *.gold.json files"));
            return ExitCodes.InputError;
        }

        ScoreTable.Write(stdout, scores);
        if (verbose)
        {
            ScoreTable.WriteFindings(stdout, scores);
        }

        stdout.Flush();
        return ExitCodes.Success;
    }
}
