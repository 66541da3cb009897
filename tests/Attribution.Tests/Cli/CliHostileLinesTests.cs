using System.Text;
using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// The lines-in, lines-out contract of <c>--stdin-jsonl</c> under every JSON oddity a hostile or broken producer
/// sends: each line gets exactly one answer, in order, and the stream goes on. A lone surrogate escape in
/// <c>text</c> or <c>id</c> once ended the whole stream with an unhandled exception, and line 2 was never answered.
/// </summary>
public sealed class CliHostileLinesTests
{
    public static TheoryData<string, string> HostileLines => new()
    {
        { "lone high surrogate in text", """{"id":1,"text":"\ud800"}""" },
        { "lone low surrogate in text", """{"id":1,"text":"a \udc00 b"}""" },
        { "reversed pair in text", """{"id":1,"text":"\udc00\ud800"}""" },
        { "two high surrogates", """{"id":1,"text":"\ud800\ud800 x"}""" },
        { "lone surrogate in id", """{"id":"\udc00","text":"x"}""" },
        { "lone surrogate in an ignored member", """{"id":1,"note":"\ud800","text":"x"}""" },
        { "NUL escapes", """{"id":1,"text":"a\u0000b\u0000"}""" },
        { "every escape", """{"id":1,"text":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}""" },
        { "huge number id", """{"id":1e999999,"text":"x"}""" },
        { "negative zero id", """{"id":-0.0,"text":"x"}""" },
        { "deep nesting", "{\"id\":1,\"x\":" + new string('[', 2000) + new string(']', 2000) + ",\"text\":\"x\"}" },
        { "duplicate id", """{"id":1,"id":2,"text":"x"}""" },
        { "text is an object", """{"id":1,"text":{"text":"x"}}""" },
        { "trailing garbage", """{"id":1,"text":"x"} {"id":2}""" },
        { "trailing comma", """{"id":1,"text":"x",}""" },
        { "single quotes", "{'id':1,'text':'x'}" },
        { "comment", """{"id":1,/* c */"text":"x"}""" },
        { "unterminated string", """{"id":1,"text":"x""" },
        { "raw control character in a string", "{\"id\":1,\"text\":\"a\u0001b\"}" },
        { "a lone BOM", "\uFEFF" },
        { "a lone backslash", "\\" },
        { "only a number", "42" },
        { "null", "null" },
        { "non-breaking spaces only", "\u00A0\u00A0" },
        { "NUL byte", "\0" },
    };

    [Theory]
    [MemberData(nameof(HostileLines))]
    public void A_hostile_line_is_answered_and_the_lines_around_it_too(string name, string hostile)
    {
        var input = Line(1, Articles.Harbour) + "\n" + hostile + "\n" + Line(3, Articles.Bridge) + "\n";

        var outcome = CliRunner.RunWithStdin(input, "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        var answers = Lines(outcome.Stdout);
        Assert.True(answers.Length == 3, $"{name}: {answers.Length} answers to 3 lines:\n{outcome.Stdout}\n{outcome.Stderr}");
        Assert.StartsWith("{\"id\":1,\"quotes\":[{", answers[0], StringComparison.Ordinal);
        using (var answer = JsonDocument.Parse(answers[1]))
        {
            Assert.True(answer.RootElement.TryGetProperty("quotes", out _) || answer.RootElement.TryGetProperty("error", out _), answers[1]);
        }

        Assert.StartsWith("{\"id\":3,\"quotes\":[{", answers[2], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reported_stream_with_a_lone_surrogate_is_answered_line_for_line_by_the_tool()
    {
        // The issue's reproducer, through the real process: it aborted with exit code 134 and never answered line 2.
        using var dir = new TempDirectory();
        var outcome = Shell.Run("""printf '{"id":1,"text":"\\ud800"}\n{"id":2,"text":"ok"}\n' | "$TOOL" --stdin-jsonl""", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["{\"id\":1,\"quotes\":[],\"people\":[]}", "{\"id\":2,\"quotes\":[],\"people\":[]}"], Lines(outcome.Stdout));
        var warning = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("attribution: warning: -: line 1: ", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lone_surrogate_becomes_U_FFFD_in_place_and_the_text_is_attributed_at_the_same_offsets()
    {
        var outcome = CliRunner.RunWithStdin("""{"id":7,"text":"“Caf\ud800 is open,” Ms Doe said."}""" + "\n", "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        using var answer = JsonDocument.Parse(Assert.Single(Lines(outcome.Stdout)));
        var quote = Assert.Single(answer.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("Caf\uFFFD is open,", quote.GetProperty("text").GetString());
        Assert.Equal(1, quote.GetProperty("start").GetInt32());
        Assert.Equal("Doe", quote.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Contains("line 1: \"text\" holds an escaped lone surrogate half", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_with_a_lone_surrogate_is_echoed_exactly_as_sent()
    {
        var outcome = CliRunner.RunWithStdin("""{"id":"a\udc00b","text":"x"}""" + "\n", "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("""{"id":"a\udc00b","quotes":[],"people":[]}""", Assert.Single(Lines(outcome.Stdout)));
    }

    [Fact]
    public void A_line_that_is_not_UTF_8_is_attributed_with_a_warning_naming_it()
    {
        var bytes = Encoding.UTF8.GetBytes(Line(1, Articles.Harbour) + "\n" + "{\"id\":2,\"text\":\"“Caf")
            .Concat(new byte[] { 0xE9 })
            .Concat(Encoding.UTF8.GetBytes(" is open,” Ms Doe said.\"}\n"))
            .ToArray();

        var outcome = CliRunner.RunWithStdinBytes(bytes, "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        var answers = Lines(outcome.Stdout);
        Assert.Equal(2, answers.Length);
        Assert.Contains("\"text\":\"Caf\uFFFD is open,\"", answers[1], StringComparison.Ordinal);
        var warning = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: warning: -: line 2: not valid UTF-8; undecodable bytes were replaced with U+FFFD", warning.TrimEnd('\r'));
    }

    [Fact]
    public void A_line_longer_than_the_limit_is_answered_at_once_unread_and_the_next_line_still_is()
    {
        // 300 MB of one line, longer than the 256 MiB a line may hold, made as it is read: the tool holds none of it.
        var limit = (4L * new AttributionOptions().MaxInputLength) + (64 * 1024);
        using var stdin = new ByteRunStream((byte)'x', 300_000_000, Encoding.UTF8.GetBytes("\n" + Line(2, Articles.Harbour) + "\n"));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--stdin-jsonl"], stdin, stdout, stderr);

        Assert.Equal(0, exitCode);
        var answers = Lines(stdout.ToString());
        Assert.Equal(2, answers.Length);
        Assert.Equal($"{{\"id\":null,\"error\":\"line too long (more than {limit} bytes; the limit is {limit})\"}}", answers[0]);
        Assert.StartsWith("{\"id\":2,\"quotes\":[{", answers[1], StringComparison.Ordinal);
        Assert.Equal(300_000_000 + 1 + Line(2, Articles.Harbour).Length + 1, stdin.BytesRead);
    }

    [Fact]
    public async Task A_line_that_never_ends_is_answered_before_the_input_ends()
    {
        // /dev/zero: no line end ever. The answer must come while the rest is still being passed over.
        using var stdin = new ByteRunStream(0, long.MaxValue, []);
        using var stdout = new FlushedLinesWriter();
        using var stderr = new StringWriter();
        var run = Task.Run(() => CliApp.Run(["--stdin-jsonl"], stdin, stdout, stderr));

        var answer = stdout.TakeLine(TimeSpan.FromSeconds(60));

        Assert.NotNull(answer);
        Assert.StartsWith("{\"id\":null,\"error\":\"line too long", answer, StringComparison.Ordinal);
        Assert.False(run.IsCompleted);
        stdin.End();
        Assert.Equal(0, await run.WaitAsync(TimeSpan.FromSeconds(60)));
    }

    [Fact]
    public void A_UTF_8_byte_order_mark_before_the_first_line_is_dropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Line(1, Articles.Harbour) + "\n")).ToArray();

        var outcome = CliRunner.RunWithStdinBytes(bytes, "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("{\"id\":1,\"quotes\":[{", Assert.Single(Lines(outcome.Stdout)), StringComparison.Ordinal);
    }

    [Fact]
    public void UTF_16_lines_are_refused_in_one_line_not_answered_as_garbage()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Line(1, Articles.Harbour) + "\n")).ToArray();

        var outcome = CliRunner.RunWithStdinBytes(bytes, "--stdin-jsonl");

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.StartsWith("attribution: -: cannot read: the input is UTF-16 or UTF-32", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_ended_by_a_lone_carriage_return_are_lines()
    {
        var outcome = CliRunner.RunWithStdin(Line(1, "a") + "\r" + Line(2, "b") + "\r\n" + Line(3, "c"), "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([1, 2, 3], Lines(outcome.Stdout).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("id").GetInt32();
        }));
    }

    private static string Line(object id, string text) =>
        "{\"id\":" + JsonSerializer.Serialize(id) + ",\"text\":" + JsonSerializer.Serialize(text) + "}";

    private static string[] Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'))];
}
