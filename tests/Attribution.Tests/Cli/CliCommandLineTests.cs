using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>What a new user meets first: the version, help, suggestions for a typo, a hint when the tool waits.</summary>
public sealed class CliCommandLineTests
{
    [Fact]
    public void Version_prints_the_package_version()
    {
        var outcome = CliRunner.Run("--version");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        var version = typeof(CliApp).Assembly.GetName().Version!;
        Assert.Equal($"{version.Major}.{version.Minor}.{version.Build}", outcome.Stdout.Trim());
    }

    [Theory]
    [InlineData("--fromat", "--format")]
    [InlineData("-", null)]
    [InlineData("--ofsets", "--offsets")]
    [InlineData("--htm", "--html")]
    [InlineData("--stdin-json", "--stdin-jsonl")]
    [InlineData("--verison", "--version")]
    [InlineData("--zzzzzz", null)]
    public void A_mistyped_option_is_named_with_the_nearest_one(string typed, string? nearest)
    {
        var outcome = CliRunner.Run(typed + "x", "article.txt");

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"attribution: unknown option '{typed}x'", line, StringComparison.Ordinal);
        if (nearest is null)
        {
            Assert.DoesNotContain("did you mean", line, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"(did you mean '{nearest}'?); see 'attribution --help'", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--format", "xml", "unknown format 'xml' (expected text, json, jsonl, csv, html)")]
    [InlineData("--offsets", "bytes", "unknown offset unit 'bytes' (expected utf16, codepoints, utf8)")]
    [InlineData("--encoding", "klingon", "unknown encoding 'klingon'")]
    [InlineData("--format", "text", "--offsets applies to json, jsonl and csv")]
    [InlineData("--format", "html", "--offsets applies to json, jsonl and csv")]
    public void A_wrong_value_is_one_line_that_says_what_is_expected(string option, string value, string message)
    {
        var args = message.StartsWith("--offsets", StringComparison.Ordinal)
            ? new[] { option, value, "--offsets", "utf8", "a.txt" }
            : [option, value, "a.txt"];

        var outcome = CliRunner.Run(args);

        Assert.Equal(2, outcome.ExitCode);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.EndsWith("; see 'attribution --help'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_terminal_with_no_input_named_a_hint_says_the_tool_is_waiting()
    {
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Articles.Harbour));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run([], new CliConsole(stdin, stdout, stderr, InIsTerminal: true, ErrorIsTerminal: true));

        Assert.Equal(0, exitCode);
        var hint = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: reading an article from standard input (end it with Ctrl-D); see 'attribution --help' for files and directories", hint);
        Assert.StartsWith("-: 2 quotes", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void With_a_file_named_or_input_redirected_there_is_no_hint()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", Articles.Harbour);

        Assert.Equal("", Run(terminal: true, path).Stderr);
        Assert.Equal("", Run(terminal: false).Stderr);
    }

    [Fact]
    public async Task On_a_real_terminal_the_tool_says_it_is_waiting()
    {
        // script(1) gives the tool a pseudo-terminal for standard input, as a person typing would.
        using var process = Process.Start(new ProcessStartInfo("script", ["-qec", ToolPath() + " --format jsonl", "/dev/null"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var seen = new StringBuilder();
        var reading = Task.Run(async () =>
        {
            var buffer = new char[256];
            int read;
            while ((read = await process.StandardOutput.ReadAsync(buffer)) > 0)
            {
                lock (seen)
                {
                    seen.Append(buffer, 0, read);
                }
            }
        });

        Assert.True(SpinWait.SpinUntil(() => { lock (seen) { return seen.ToString().Contains("reading an article from standard input", StringComparison.Ordinal); } }, TimeSpan.FromSeconds(60)), "no hint: " + seen);
        // Ctrl-D ends the article; script(1) itself ends once its own input does.
        process.StandardInput.Write("“Doors open at noon,” Ann Lee said.\n\u0004");
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains("\"name\":\"Ann Lee\"", seen.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_file_is_read_with_encoding_and_its_curly_quotes_count()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "cp1252.txt");

        // 0x93 and 0x94 are “ and ” in Windows-1252, and not UTF-8 at all.
        File.WriteAllBytes(path, [0x93, .. "We are open,"u8.ToArray(), 0x94, .. " Ann Lee said at the caf"u8.ToArray(), 0xE9, .. ".\n"u8.ToArray()]);

        var guessed = CliRunner.Run("--format", "json", path);
        var told = CliRunner.Run("--format", "json", "--encoding", "windows-1252", path);

        Assert.Contains("--encoding windows-1252", guessed.Stderr, StringComparison.Ordinal);
        using (var json = JsonDocument.Parse(guessed.Stdout))
        {
            Assert.Equal(0, json.RootElement.GetProperty("quotes").GetArrayLength());
        }

        Assert.Equal(0, told.ExitCode);
        Assert.Equal("", told.Stderr);
        using var answer = JsonDocument.Parse(told.Stdout);
        var quote = answer.RootElement.GetProperty("quotes")[0];
        Assert.Equal("We are open,", quote.GetProperty("text").GetString());
        Assert.Equal("Ann Lee", quote.GetProperty("speaker").GetProperty("name").GetString());
        ReportSchema.AssertFileReport(answer.RootElement, path, "“We are open,” Ann Lee said at the café.\n");
    }

    [Fact]
    public async Task Closing_the_output_stops_a_directory_at_once()
    {
        // The last "file" is a FIFO nobody writes to: opening it would block for ever, so the run can only end if the
        // tool stops reading when `head` closes the pipe after the first line.
        using var dir = new TempDirectory();
        for (var i = 0; i < 400; i++)
        {
            dir.Write($"a{i:D3}.txt", Articles.Bridge);
        }

        var fifo = Path.Combine(dir.Path, "z-never.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"'{ToolPath()}' --format jsonl '{dir.Path}' | head -n 1; echo \"exit=${{PIPESTATUS[0]}}\""])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();

        var ended = process.WaitForExit(60_000);
        if (!ended)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(ended, "the tool went on reading after its output was closed");
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("a000.txt", lines[0], StringComparison.Ordinal);
        Assert.Equal("exit=141", lines[1]);

        // The reader went away of its own accord: nothing to tell it, as for a program stopped by SIGPIPE.
        Assert.Equal("", await errors);
    }

    private static string ToolPath() => Path.Combine(AppContext.BaseDirectory, "Attribution.Cli");

    private static CliOutcome Run(bool terminal, params string[] args)
    {
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Articles.Harbour));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApp.Run(args, new CliConsole(stdin, stdout, stderr, InIsTerminal: terminal, ErrorIsTerminal: terminal));
        return new CliOutcome(exitCode, stdout.ToString(), stderr.ToString());
    }
}
