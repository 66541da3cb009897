namespace Attribution.Cli.Evaluation;

/// <summary><c>attribution eval DIR [--verbose]</c>: the accuracy table for a directory of articles with gold answers.</summary>
internal static class EvalCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var verbose = false;
        string? directory = null;
        foreach (var arg in args)
        {
            if (arg is "--verbose" or "-v")
            {
                verbose = true;
            }
            else if (arg.StartsWith('-'))
            {
                throw new UsageException($"unknown option '{arg}' for eval");
            }
            else if (directory is null)
            {
                directory = arg;
            }
            else
            {
                throw new UsageException("eval takes one directory");
            }
        }

        if (directory is null)
        {
            throw new UsageException("eval needs a directory of NAME.txt files with NAME.gold.json answers");
        }

        if (!Directory.Exists(directory))
        {
            stderr.WriteLine($"{CliApp.Name}: {directory}: no such directory");
            return ExitCodes.InputError;
        }

        List<ArticleScore> scores;
        try
        {
            scores = CorpusEvaluation.Run(directory, new QuoteAttributor());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            stderr.WriteLine($"{CliApp.Name}: {e.Message}");
            return ExitCodes.InputError;
        }

        if (scores.Count == 0)
        {
            stderr.WriteLine($"{CliApp.Name}: {directory}: no *.gold.json files");
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
