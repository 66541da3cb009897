using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>A batch shows a counter on standard error only when a person watches it there.</summary>
public sealed class CliProgressTests
{
    [Fact]
    public void A_redirected_stderr_gets_no_progress()
    {
        using var dir = ThreeArticles();

        var outcome = Run(stderrIsTerminal: false, "--format", "jsonl", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void Writers_passed_without_saying_are_not_a_terminal()
    {
        using var dir = ThreeArticles();

        var outcome = CliRunner.Run(dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public void A_terminal_gets_a_counter_that_is_erased_at_the_end()
    {
        using var dir = ThreeArticles();

        var outcome = Run(stderrIsTerminal: true, "--format", "jsonl", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("\rattribution: 1/3 inputs (33%)", outcome.Stderr, StringComparison.Ordinal);
        Assert.Contains("\rattribution: 3/3 inputs (100%)", outcome.Stderr, StringComparison.Ordinal);
        // Erased with spaces: what is left on the screen after the last carriage return is blank.
        Assert.EndsWith("\r", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stderr.Split('\r')[^2].Trim());
        Assert.DoesNotContain('\n', outcome.Stderr);
        Assert.Equal(3, outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void On_a_terminal_an_error_starts_on_a_clean_line()
    {
        using var dir = ThreeArticles();
        var missing = Path.Combine(dir.Path, "missing.txt");

        var outcome = Run(stderrIsTerminal: true, dir.Path, missing);

        Assert.Equal(1, outcome.ExitCode);
        var error = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.Contains("missing.txt", StringComparison.Ordinal));
        // The counter was erased (a carriage return, spaces, a carriage return) before the message.
        Assert.Matches(@"\r +\rattribution: [^\r]*missing\.txt: no such file or directory\r?$", error);
    }

    [Fact]
    public void On_a_terminal_a_failed_output_is_reported_on_a_clean_line()
    {
        using var dir = ThreeArticles();
        using var stdin = new MemoryStream();
        using var stdout = new PipeClosingAfterFirstFlushWriter("No space left on device");
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", "jsonl", dir.Path], new CliConsole(stdin, stdout, stderr, InIsTerminal: false, ErrorIsTerminal: true));

        Assert.Equal(141, exitCode);
        Assert.Contains("\rattribution: 1/3 inputs", stderr.ToString(), StringComparison.Ordinal);
        var afterLastErase = stderr.ToString().Split('\r')[^1];
        Assert.Equal("attribution: cannot write the output: No space left on device", afterLastErase.TrimEnd('\n'));
    }

    [Fact]
    public void On_a_terminal_a_reader_that_went_away_leaves_only_the_erased_counter()
    {
        using var dir = ThreeArticles();
        using var stdin = new MemoryStream();
        using var stdout = new PipeClosingAfterFirstFlushWriter("Broken pipe");
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", "jsonl", dir.Path], new CliConsole(stdin, stdout, stderr, InIsTerminal: false, ErrorIsTerminal: true));

        // As a tool stopped by SIGPIPE: the exit code says it, and the terminal is left clean.
        Assert.Equal(141, exitCode);
        Assert.Equal("", stderr.ToString().Split('\r')[^1]);
    }

    [Fact]
    public void A_single_file_shows_no_progress_even_on_a_terminal()
    {
        using var dir = ThreeArticles();

        var outcome = Run(stderrIsTerminal: true, Path.Combine(dir.Path, "a.txt"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public async Task The_tool_itself_with_stderr_redirected_writes_nothing_there()
    {
        using var dir = ThreeArticles();
        using var process = ToolProcess.Start("--format", "jsonl", dir.Path);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
        Assert.Equal(3, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static TempDirectory ThreeArticles()
    {
        var dir = new TempDirectory();
        dir.Write("a.txt", Articles.Bridge);
        dir.Write("b.txt", Articles.Harbour);
        dir.Write("c.txt", Articles.Bridge);
        return dir;
    }

    private static CliOutcome Run(bool stderrIsTerminal, params string[] args)
    {
        using var stdin = new MemoryStream();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(stdin, stdout, stderr, InIsTerminal: false, ErrorIsTerminal: stderrIsTerminal));
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
    }
}
