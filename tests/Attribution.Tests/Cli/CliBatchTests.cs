using System.Text;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>A batch is attributed in parallel but written exactly as one article after another would be.</summary>
public sealed class CliBatchTests
{
    [Theory]
    [InlineData("jsonl")]
    [InlineData("text")]
    public void A_directory_gives_what_the_files_one_at_a_time_give_in_the_same_order(string format)
    {
        var files = Directory.GetFiles(CorpusFiles.Directory, "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        Assert.True(files.Length > 20, "the corpus should hold enough articles to be worth parallel work");
        var sequential = files.Select(file => CliRunner.Run("--format", format, file)).ToArray();
        Assert.All(sequential, outcome => Assert.Equal(0, outcome.ExitCode));

        var batch = CliRunner.Run("--format", format, CorpusFiles.Directory);

        Assert.Equal(0, batch.ExitCode);
        Assert.Equal("", batch.Stderr);
        // The text format puts an empty line between articles.
        var separator = format == "text" ? Environment.NewLine : "";
        Assert.Equal(string.Join(separator, sequential.Select(outcome => outcome.Stdout)), batch.Stdout);
    }

    [Fact]
    public void Warnings_and_errors_reach_stderr_in_input_order_and_the_rest_is_still_written()
    {
        using var dir = new TempDirectory();
        var latin1 = Path.Combine(dir.Path, "latin1.txt");
        File.WriteAllBytes(latin1, [.. Encoding.UTF8.GetBytes(Articles.Harbour), .. Encoding.Latin1.GetBytes("Caf\u00E9.\n")]);
        var firstMissing = Path.Combine(dir.Path, "missing-1.txt");
        var empty = Path.Combine(dir.Path, "empty");
        Directory.CreateDirectory(empty);
        var good = dir.Write("good/bridge.txt", Articles.Bridge);
        var secondMissing = Path.Combine(dir.Path, "missing-2.txt");

        var outcome = CliRunner.Run("--format", "jsonl", latin1, firstMissing, Path.GetDirectoryName(good)!, empty, secondMissing);

        Assert.Equal(1, outcome.ExitCode);
        var errors = outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Collection(
            errors,
            line => Assert.StartsWith($"attribution: warning: {latin1}: not valid UTF-8", line, StringComparison.Ordinal),
            line => Assert.StartsWith($"attribution: {firstMissing}: no such file", line, StringComparison.Ordinal),
            line => Assert.StartsWith($"attribution: {empty}: directory contains no .txt files", line, StringComparison.Ordinal),
            line => Assert.StartsWith($"attribution: {secondMissing}: no such file", line, StringComparison.Ordinal));
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"\"file\":\"{latin1}\"", lines[0], StringComparison.Ordinal);
        Assert.Contains($"\"file\":\"{good}\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_keeps_its_place_among_files()
    {
        using var dir = new TempDirectory();
        var bridge = dir.Write("bridge.txt", Articles.Bridge);
        var harbour = dir.Write("harbour.txt", Articles.Harbour);

        var outcome = CliRunner.RunWithStdin(Articles.Bridge, "--format", "jsonl", bridge, "-", harbour, "-");

        Assert.Equal(0, outcome.ExitCode);
        var reports = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line)).ToArray();
        try
        {
            Assert.Equal([bridge, "-", harbour, "-"], reports.Select(r => r.RootElement.GetProperty("file").GetString()));
            Assert.NotEqual(0, reports[1].RootElement.GetProperty("quotes").GetArrayLength());
            // The first '-' read all of standard input, as when the inputs were read one after another.
            Assert.Equal(0, reports[3].RootElement.GetProperty("quotes").GetArrayLength());
        }
        finally
        {
            Array.ForEach(reports, r => r.Dispose());
        }
    }

    [Fact]
    public void A_directory_takes_text_files_whatever_the_case_of_their_extension()
    {
        using var dir = new TempDirectory();
        var upper = dir.Write("A.TXT", Articles.Harbour);
        var mixed = dir.Write("b.Txt", Articles.Bridge);
        dir.Write("c.md", Articles.Bridge);

        var outcome = CliRunner.Run("--format", "jsonl", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains($"\"file\":\"{upper}\"", lines[0], StringComparison.Ordinal);
        Assert.Contains($"\"file\":\"{mixed}\"", lines[1], StringComparison.Ordinal);
    }
}
