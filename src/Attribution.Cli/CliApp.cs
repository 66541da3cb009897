using Attribution.Cli.Evaluation;
using Attribution.Cli.Streaming;

namespace Attribution.Cli;

/// <summary>The whole command-line tool behind plain readers and writers, so tests can run it in process.</summary>
internal static class CliApp
{
    public const string Name = "attribution";

    /// <summary>Runs the tool with writers that are not a terminal: a batch shows no progress.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, stderrIsTerminal: false);

    /// <param name="stderrIsTerminal">
    /// Whether a person watches <paramref name="stderr"/>, so that a batch may show its progress there. A writer
    /// cannot tell, so the caller says: the program passes <c>!Console.IsErrorRedirected</c>, and a log, a pipe or a
    /// test never gets counters and carriage returns.
    /// </param>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        try
        {
            // Subcommands are chosen here by the first argument; everything else is the default attribute command.
            if (args.Length > 0 && args[0] == "eval")
            {
                return EvalCommand.Run(args[1..], stdout, stderr);
            }

            if (args.Length > 0 && args[0] == "analyze")
            {
                return Linguistics.AnalyzeCommand.Run(args[1..], stdin, stdout, stderr);
            }

            if (args.Length > 0 && args[0] == "eval-ud")
            {
                return Linguistics.EvalUdCommand.Run(args[1..], stdout, stderr);
            }

            var arguments = AttributeArguments.Parse(args);
            if (arguments.ShowHelp)
            {
                stdout.Write(HelpText.Full);
                stdout.Flush();
                return ExitCodes.Success;
            }

            if (arguments.StdinJsonLines)
            {
                return StdinJsonLinesCommand.Run(stdin, stdout, stderr);
            }

            return AttributeCommand.Run(arguments, stdin, stdout, stderr, stderrIsTerminal);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"{Name}: {e.Message}; see '{Name} --help'");
            return ExitCodes.UsageError;
        }
        catch (IOException e)
        {
            // Inputs are read behind InputReader, which turns its IOExceptions into InputException, so one that
            // reaches here came from writing: standard output is gone (a closed pipe) or full (a full disk). One line
            // says which, without a stack trace; if stderr is gone too there is nobody left to tell.
            TryReport(stderr, $"{Name}: cannot write the output: {e.Message}");
            return ExitCodes.OutputClosed;
        }
    }

    private static void TryReport(TextWriter stderr, string message)
    {
        try
        {
            stderr.WriteLine(message);
        }
        catch (IOException)
        {
            // The exit code still tells.
        }
    }
}
