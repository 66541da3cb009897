using System.Text;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>
/// File names and arguments are the caller's, and may hold anything: one with ESC sent escape sequences to the
/// terminal, one with a line break split a one-line message in two. The readable output and every message escape
/// such characters; JSON keeps the name exactly, as JSON escapes it anyway.
/// </summary>
public sealed class CliFileNameTests
{
    private const string Hostile = "evil\u001B[31mred\nname\u202E.txt";

    [Fact]
    public void A_name_with_control_characters_is_escaped_in_the_text_report_and_in_warnings()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, Hostile);
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes(Articles.Harbour), 0xE9, (byte)'\n']);

        var outcome = CliRunner.Run(path);

        Assert.Equal(0, outcome.ExitCode);
        var escaped = Path.Combine(dir.Path, "evil\\x1B[31mred\\nname\\u202E.txt");
        Assert.StartsWith($"{escaped}: 2 quotes, 1 person\n", outcome.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal($"attribution: warning: {escaped}: not valid UTF-8; 1 undecodable byte was replaced with U+FFFD (if it is in another encoding, name it: --encoding windows-1252)", outcome.Stderr.TrimEnd());
        Assert.DoesNotContain('\u001B', outcome.Stdout + outcome.Stderr);
    }

    [Fact]
    public void Json_keeps_the_name_exactly()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, Hostile);
        File.WriteAllText(path, Articles.Harbour);

        var outcome = CliRunner.Run("--format", "jsonl", path);

        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(path, json.RootElement.GetProperty("file").GetString());
    }

    [Theory]
    [InlineData("missing\u001B[2J.txt", "attribution: missing\\x1B[2J.txt: no such file or directory")]
    [InlineData("two\nlines.txt", "attribution: two\\nlines.txt: no such file or directory")]
    [InlineData("--bell\u0007", "attribution: unknown option '--bell\\x07'; see 'attribution --help'")]
    public void A_message_naming_a_hostile_input_stays_one_escaped_line(string argument, string message)
    {
        var outcome = CliRunner.Run(argument);

        Assert.Equal(message, Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('\r'));
    }
}
