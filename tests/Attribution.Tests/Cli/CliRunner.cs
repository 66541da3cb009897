using Attribution.Cli;

namespace Attribution.Tests.Cli;

internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr);

internal static class CliRunner
{
    public static CliOutcome RunWithStdin(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = CliApp.Run(args, input, output, errors);
        return new CliOutcome(exitCode, output.ToString(), errors.ToString());
    }

    public static CliOutcome Run(params string[] args) => RunWithStdin("", args);
}
