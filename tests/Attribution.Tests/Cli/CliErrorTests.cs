namespace Attribution.Tests.Cli;

public sealed class CliErrorTests
{
    [Fact]
    public void Missing_file_is_one_line_on_stderr_and_a_non_zero_exit()
    {
        var missing = Path.Combine(Path.GetTempPath(), "attribution-no-such-" + Guid.NewGuid().ToString("N") + ".txt");

        var outcome = CliRunner.Run(missing);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains(missing, outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_does_not_stop_the_other_inputs()
    {
        using var dir = new TempDirectory();
        var good = dir.Write("good.txt", Articles.Bridge);
        var missing = Path.Combine(dir.Path, "missing.txt");

        var outcome = CliRunner.Run("--format", "jsonl", missing, good);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        var line = Assert.Single(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("good.txt", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("-x")]
    [InlineData("--format")]
    [InlineData("--format", "xml")]
    [InlineData("--format=yaml")]
    public void Usage_error_exits_2_with_one_line(params string[] args)
    {
        var outcome = CliRunner.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Unknown_option_is_named_in_the_message()
    {
        var outcome = CliRunner.Run("--colour", "file.txt");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("unknown option '--colour'", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Directory_without_txt_files_says_so()
    {
        using var dir = new TempDirectory();
        dir.Write("notes.md", "# not an article");

        var outcome = CliRunner.Run(dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains(dir.Path, outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("no .txt files", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Dash_dash_ends_the_options()
    {
        using var dir = new TempDirectory();
        var weird = dir.Write("--format", Articles.Harbour);

        var outcome = CliRunner.Run("--format", "jsonl", "--", weird);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        Assert.Single(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static void AssertOneLineError(string stderr)
    {
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith("attribution: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }
}
