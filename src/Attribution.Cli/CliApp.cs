using Attribution.Cli.Evaluation;

namespace Attribution.Cli;

/// <summary>The whole command-line tool behind plain readers and writers, so tests can run it in process.</summary>
internal static class CliApp
{
    public const string Name = "attribution";

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
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

            var arguments = AttributeArguments.Parse(args);
            if (arguments.ShowHelp)
            {
                stdout.Write(HelpText.Full);
                stdout.Flush();
                return ExitCodes.Success;
            }

            return AttributeCommand.Run(arguments, stdin, stdout, stderr);
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
