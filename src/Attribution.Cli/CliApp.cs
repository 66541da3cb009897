using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Reflection;
using System.Text;
using Attribution.Cli.CommandLine;
using Attribution.Cli.Evaluation;

namespace Attribution.Cli;

/// <summary>The whole command-line tool behind plain readers and writers, so tests can run it in process.</summary>
/// <remarks>
/// Commands are System.CommandLine commands, one file each: the default <see cref="AttributeCommand"/> and its
/// subcommands, added in <see cref="Build"/>. A new subcommand is a class with a <c>Create(CliConsole)</c> that
/// returns its <see cref="Command"/>, and one line there.
/// </remarks>
internal static class CliApp
{
    public const string Name = "attribution";

    // Response files would make an input named "@notes.txt" a list of arguments; POSIX bundling has no short
    // options to bundle.
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null, EnablePosixBundling = false };

    static CliApp()
    {
        // windows-1252, iso-8859-2 and the rest for --encoding; .NET itself knows only the Unicode ones and Latin-1.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The tool's version, as <c>--version</c> prints it.</summary>
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>Runs the tool with streams that are not a terminal: no hint, no progress.</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliConsole(stdin, stdout, stderr, InIsTerminal: false, ErrorIsTerminal: false));

    public static int Run(string[] args, CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);

        try
        {
            var parse = Build(console).Parse(args, Parser);
            if (parse.Action is ParseErrorAction)
            {
                ReportParseErrors(parse, console);
                return ExitCodes.UsageError;
            }

            return parse.Invoke(new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,

                // Exceptions reach the handlers below; a stack trace is never the answer to a user.
                EnableDefaultExceptionHandler = false,

                // The runtime's own handling of Ctrl-C (end the process) is what a batch tool wants.
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException e)
        {
            console.Report($"{e.Message}; see '{e.HelpCommand} --help'");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (IsOutputFailure(e))
        {
            // Inputs are read behind InputReader, which turns its IOExceptions into InputException, so one that
            // reaches here came from writing: standard output or error is gone (a closed pipe, a descriptor closed
            // before the tool started) or full (a full disk).
            return OutputFailed(console, e);
        }
    }

    /// <summary>
    /// The output failed. A reader that closed the pipe (<c>attribution dir | head -1</c>) wanted no more, and is
    /// told nothing, as a tool stopped by SIGPIPE says nothing; any other failure gets one line, without a stack
    /// trace. If standard error is gone too there is nobody left to tell; the exit code still does.
    /// </summary>
    public static int OutputFailed(CliConsole console, Exception e)
    {
        if (e is not IOException io || !IsBrokenPipe(io))
        {
            try
            {
                console.Report($"cannot write the output: {e.Message}");
            }
            catch (Exception again) when (IsOutputFailure(again))
            {
            }
        }

        return ExitCodes.OutputClosed;
    }

    /// <summary>
    /// What writing to a stream that is gone throws: an IOException for a closed pipe or a full disk, an
    /// UnauthorizedAccessException for a descriptor the runtime reused for a file it opened read-only.
    /// </summary>
    public static bool IsOutputFailure(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The root command with every subcommand.</summary>
    private static RootCommand Build(CliConsole console)
    {
        var root = AttributeCommand.Create(console);
        root.Subcommands.Add(EvalCommand.Create(console));
        root.Subcommands.Add(Linguistics.AnalyzeCommand.Create(console));
        root.Subcommands.Add(Linguistics.EvalUdCommand.Create(console));
        HelpSections.Configure(root);
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            // System.CommandLine's own prints the entry assembly's version, which in process is the host's.
            version.Action = new PrintVersion();
        }

        return root;
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return ExitCodes.Success;
        }
    }

    private static void ReportParseErrors(ParseResult parse, CliConsole console)
    {
        var command = parse.CommandResult.Command;
        var path = command is RootCommand ? Name : $"{Name} {command.Name}";
        var known = command.Options.Concat(parse.RootCommandResult.Command.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .ToList();
        // One line, as every usage error: the first error, and among them first a word nothing took (a mistyped
        // option), which is usually the cause of the others ("--verbos" leaves DIR missing too).
        var error = parse.Errors
            .OrderBy(e => parse.UnmatchedTokens.Any(token => e.Message.Contains($"'{token}'", StringComparison.Ordinal)) ? 0 : 1)
            .First();
        var message = error.Message.TrimEnd('.');
        message = char.ToLowerInvariant(message[0]) + message[1..];
        var unmatched = parse.UnmatchedTokens.FirstOrDefault(token => message.Contains($"'{token}'", StringComparison.Ordinal));
        if (unmatched is not null && unmatched.StartsWith('-') && Suggestions.Closest(unmatched, known) is { } closest)
        {
            message += $" (did you mean '{closest}'?)";
        }

        console.Report($"{message}; see '{path} --help'");
    }

    // EPIPE: the reader of the pipe has gone. .NET reports the errno as the exception's HResult on Unix.
    private static bool IsBrokenPipe(IOException e) => e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.Ordinal);
}
