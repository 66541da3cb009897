using System.Text;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

internal sealed record CliOutcome(int ExitCode, string Stdout, string Stderr);

internal static class CliRunner
{
    /// <summary>Runs the tool in process with <paramref name="stdin"/> as its standard input, in UTF-8.</summary>
    public static CliOutcome RunWithStdin(string stdin, params string[] args) => RunWithStdinBytes(Encoding.UTF8.GetBytes(stdin), args);

    /// <summary>Runs the tool in process with exactly <paramref name="stdin"/> as its standard input's bytes.</summary>
    public static CliOutcome RunWithStdinBytes(byte[] stdin, params string[] args)
    {
        using var input = new MemoryStream(stdin);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exitCode = CliApp.Run(args, input, output, errors);
        return new CliOutcome(exitCode, output.ToString(), errors.ToString());
    }

    public static CliOutcome Run(params string[] args) => RunWithStdin("", args);
}
