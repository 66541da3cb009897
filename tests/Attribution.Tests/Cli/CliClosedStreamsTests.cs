using System.Text;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// A standard stream closed before the tool starts is taken by the next descriptor the runtime opens: a closed
/// standard output or error gave an unhandled UnauthorizedAccessException (exit 134) instead of the documented 141,
/// and a closed standard input (<c>&lt;&amp;-</c>) made the tool wait for ever on a pipe of the runtime's own.
/// </summary>
public sealed class CliClosedStreamsTests
{
    [Fact]
    public void A_closed_standard_output_is_exit_code_141_with_one_line()
    {
        using var dir = new TempDirectory();
        dir.Write("g.txt", Articles.Harbour);

        var outcome = Shell.Run("\"$TOOL\" g.txt >&-", dir.Path);

        Assert.Equal(141, outcome.ExitCode);
        Assert.Equal("attribution: cannot write the output: standard output is closed", outcome.Stderr.TrimEnd());
    }

    [Fact]
    public void A_closed_standard_error_is_exit_code_141_when_there_is_something_to_say_on_it()
    {
        using var dir = new TempDirectory();
        dir.Write("g.txt", Articles.Harbour);

        var failing = Shell.Run("\"$TOOL\" /nonexistent 2>&-", dir.Path);
        var quiet = Shell.Run("\"$TOOL\" g.txt 2>&-", dir.Path);

        Assert.Equal(141, failing.ExitCode);
        Assert.Equal("", failing.Stdout);
        Assert.Equal(0, quiet.ExitCode);
        Assert.StartsWith("g.txt: 2 quotes", quiet.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("--stdin-jsonl")]
    public void A_closed_standard_input_is_one_error_and_exit_code_1_not_a_hang(string option)
    {
        using var dir = new TempDirectory();

        var outcome = Shell.Run($"\"$TOOL\" {option} <&-", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("attribution: -: cannot read: standard input is closed", outcome.Stderr.TrimEnd());
    }

    [Fact]
    public void Dev_null_as_standard_input_is_an_empty_article_not_a_closed_stream()
    {
        using var dir = new TempDirectory();

        var outcome = Shell.Run("\"$TOOL\" --format jsonl < /dev/null", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("{\"file\":\"-\",\"quotes\":[],\"people\":[]}", outcome.Stdout.TrimEnd());
    }

    [Fact]
    public void A_writer_that_refuses_with_UnauthorizedAccessException_is_exit_code_141()
    {
        using var stdout = new RefusingWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", "json", "-"], new MemoryStream(Encoding.UTF8.GetBytes(Articles.Harbour)), stdout, stderr);

        Assert.Equal(141, exitCode);
        Assert.StartsWith("attribution: cannot write the output: ", stderr.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Standard output on a descriptor the runtime reused for a file it opened read-only.</summary>
    private sealed class RefusingWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new UnauthorizedAccessException("Access to the path is denied.");

        public override void Write(string? value) => throw new UnauthorizedAccessException("Access to the path is denied.");

        public override void Flush() => throw new UnauthorizedAccessException("Access to the path is denied.");
    }
}
