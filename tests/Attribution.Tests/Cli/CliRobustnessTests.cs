using System.Text;
using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>Whatever the files hold and wherever the output goes, the tool answers in one line, never a stack trace.</summary>
public sealed class CliRobustnessTests
{
    [Fact]
    public void Invalid_utf8_is_replaced_with_a_one_line_warning_and_still_attributed()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "latin1.txt");
        // "Café" in Latin-1: the 0xE9 byte is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes(Articles.Bridge).Concat(Encoding.Latin1.GetBytes("The caf\u00E9 stays open.\n")).ToArray();
        File.WriteAllBytes(path, bytes);

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        var warning = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("attribution: warning: ", warning, StringComparison.Ordinal);
        Assert.Contains("not valid UTF-8", warning, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, path, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void A_binary_file_gives_a_result_or_one_line_never_a_stack_trace()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "binary.txt");
        File.WriteAllBytes(path, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 256))]);

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.InRange(outcome.ExitCode, 0, 1);
        foreach (var line in outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.StartsWith("attribution: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
        }

        if (outcome.ExitCode == 0)
        {
            using var json = JsonDocument.Parse(outcome.Stdout);
            Assert.Equal(JsonValueKind.Object, json.RootElement.ValueKind);
        }
    }

    [Fact]
    public void An_empty_file_gives_an_empty_result()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("empty.txt", "");

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, path, "");
        Assert.Equal(0, json.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void A_failing_output_ends_with_one_line_and_exit_code_141(string format)
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.Bridge);
        dir.Write("b.txt", Articles.Harbour);
        using var stdin = new MemoryStream();
        using var stdout = new ClosedPipeWriter("No space left on device");
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", format, dir.Path], stdin, stdout, stderr);

        Assert.Equal(141, exitCode);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: cannot write the output: No space left on device", line.TrimEnd('\r'));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("csv")]
    [InlineData("html")]
    public void A_closed_output_pipe_ends_quietly_with_exit_code_141(string format)
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.Bridge);
        dir.Write("b.txt", Articles.Harbour);
        using var stdin = new MemoryStream();
        using var stdout = new ClosedPipeWriter("Broken pipe");
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", format, dir.Path], stdin, stdout, stderr);

        // The reader wanted no more: as a tool stopped by SIGPIPE, nothing is said and the exit code tells.
        Assert.Equal(141, exitCode);
        Assert.Equal("", stderr.ToString());
    }
}
