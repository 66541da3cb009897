using System.Text.Json;
using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary><c>attribution --stdin-jsonl</c>: one line in, one line out, in order, flushed at once.</summary>
public sealed class CliStdinJsonLinesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void Each_line_is_answered_in_input_order_with_the_report_schema()
    {
        string[] texts = [Articles.Bridge, Articles.Harbour, "", Articles.Harbour, Articles.Bridge];
        var input = string.Concat(texts.Select((text, i) => Line(i, text) + "\n"));

        var outcome = CliRunner.RunWithStdin(input, "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        var lines = Lines(outcome.Stdout);
        Assert.Equal(texts.Length, lines.Length);
        for (var i = 0; i < texts.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            ReportSchema.AssertProperties(json.RootElement, "id", "quotes", "people");
            Assert.Equal(i, json.RootElement.GetProperty("id").GetInt32());
            AssertSameAsFileReport(json.RootElement, texts[i]);
        }
    }

    [Fact]
    public void Many_lines_keep_their_order()
    {
        // More lines than the look-ahead, with long and short articles mixed, so that workers finish out of order.
        var texts = Enumerable.Range(0, 4 * Attribution.Batch.OrderedParallel.WindowPerThread * Environment.ProcessorCount)
            .Select(i => i % 3 == 0 ? string.Concat(Enumerable.Repeat(Articles.Bridge, 40)) : Articles.Harbour)
            .ToArray();
        var input = string.Join("\n", texts.Select((text, i) => Line(i, text)));

        var outcome = CliRunner.RunWithStdin(input, "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        var ids = Lines(outcome.Stdout).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("id").GetInt32();
        });
        Assert.Equal(Enumerable.Range(0, texts.Length), ids);
    }

    [Theory]
    [InlineData("\"article-7\"")]
    [InlineData("\"\"")]
    [InlineData("\"“curly” — and \\\"escaped\\\"\"")]
    [InlineData("42")]
    [InlineData("-3")]
    [InlineData("1.50")]
    [InlineData("12345678901234567890123")]
    [InlineData("6.02e23")]
    public void The_id_is_echoed_as_given(string id)
    {
        var outcome = CliRunner.RunWithStdin($$"""{"text": "Nothing said.", "id": {{id}}}""" + "\n", "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        var line = Assert.Single(Lines(outcome.Stdout));
        Assert.StartsWith($$"""{"id":{{id}},"quotes":""", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_null_id_is_answered_with_null()
    {
        var outcome = CliRunner.RunWithStdin("{\"text\": \"a\"}\n{\"id\": null, \"text\": \"b\"}\n", "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.All(Lines(outcome.Stdout), line => Assert.StartsWith("{\"id\":null,\"quotes\":", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json", null, "invalid JSON")]
    [InlineData("{\"id\": 1, \"text\": \"unterminated}", null, "invalid JSON")]
    [InlineData("", null, "blank line")]
    [InlineData("   \t", null, "blank line")]
    [InlineData("[\"text\"]", null, "expected a JSON object")]
    [InlineData("\"text\"", null, "expected a JSON object")]
    [InlineData("{\"id\": 9}", "9", "missing \"text\"")]
    [InlineData("{\"id\": \"x\", \"text\": 5}", "\"x\"", "\"text\" must be a string")]
    [InlineData("{\"id\": \"x\", \"text\": null}", "\"x\"", "\"text\" must be a string")]
    [InlineData("{\"id\": true, \"text\": \"a\"}", null, "\"id\" must be a string or a number")]
    [InlineData("{\"id\": {\"n\": 1}, \"text\": \"a\"}", null, "\"id\" must be a string or a number")]
    [InlineData("{\"id\": 1, \"text\": \"a\", \"text\": \"b\"}", null, "invalid JSON")]
    public void A_bad_line_is_answered_with_an_error_object_and_the_stream_goes_on(string bad, string? id, string error)
    {
        var input = Line(1, Articles.Harbour) + "\n" + bad + "\n" + Line(3, Articles.Bridge) + "\n";

        var outcome = CliRunner.RunWithStdin(input, "--stdin-jsonl");

        // Answered is done: a pipe host (Spark, Hadoop Streaming) fails the whole task on a non-zero exit.
        Assert.Equal(0, outcome.ExitCode);
        var lines = Lines(outcome.Stdout);
        Assert.Equal(3, lines.Length);
        using (var first = JsonDocument.Parse(lines[0]))
        {
            AssertSameAsFileReport(first.RootElement, Articles.Harbour);
        }

        using (var answer = JsonDocument.Parse(lines[1]))
        {
            ReportSchema.AssertLineError(answer.RootElement);
            Assert.Equal(id ?? "null", answer.RootElement.GetProperty("id").GetRawText());
            Assert.StartsWith(error, answer.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        }

        using (var third = JsonDocument.Parse(lines[2]))
        {
            Assert.Equal(3, third.RootElement.GetProperty("id").GetInt32());
            AssertSameAsFileReport(third.RootElement, Articles.Bridge);
        }

        var summary = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: 1 of 3 lines were answered with an error object", summary.TrimEnd('\r'));
    }

    [Fact]
    public void Other_members_are_ignored_and_a_line_end_may_be_crlf()
    {
        var outcome = CliRunner.RunWithStdin(
            "{\"id\": 1, \"url\": \"https://example.org\", \"meta\": {\"text\": 5}, \"text\": \"Nothing said.\"}\r\n",
            "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("{\"id\":1,\"quotes\":[],\"people\":[]}", Assert.Single(Lines(outcome.Stdout)));
    }

    [Fact]
    public void Empty_input_gives_no_output_and_exit_0()
    {
        var outcome = CliRunner.RunWithStdin("", "--stdin-jsonl");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal("", outcome.Stderr);
    }

    [Fact]
    public async Task Each_answer_is_flushed_before_the_next_line_is_sent()
    {
        using var stdin = new LinePipeStream();
        using var stdout = new FlushedLinesWriter();
        using var stderr = new StringWriter();
        var run = Task.Run(() => CliApp.Run(["--stdin-jsonl"], stdin, stdout, stderr));

        // Like an interactive client: each line is sent only after the answer to the one before has arrived.
        stdin.Send(Line("first", Articles.Harbour));
        var first = stdout.TakeLine(Patience);
        Assert.NotNull(first);
        Assert.StartsWith("{\"id\":\"first\",\"quotes\":[{", first, StringComparison.Ordinal);

        stdin.Send("{ not json");
        var second = stdout.TakeLine(Patience);
        Assert.NotNull(second);
        Assert.StartsWith("{\"id\":null,\"error\":\"invalid JSON", second, StringComparison.Ordinal);

        stdin.Send(Line(3, Articles.Bridge));
        var third = stdout.TakeLine(Patience);
        Assert.NotNull(third);
        Assert.StartsWith("{\"id\":3,\"quotes\":[{", third, StringComparison.Ordinal);

        stdin.End();
        Assert.Equal(0, await run.WaitAsync(Patience));
        Assert.Equal("attribution: 1 of 3 lines were answered with an error object", stderr.ToString().TrimEnd());
        Assert.Null(stdout.TakeLine(TimeSpan.Zero));
    }

    [Fact]
    public async Task The_tool_itself_answers_a_line_through_a_real_pipe_before_the_next_is_sent()
    {
        using var process = ToolProcess.Start("--stdin-jsonl");
        var stderr = process.StandardError.ReadToEndAsync();

        await process.StandardInput.WriteLineAsync(Line("a", Articles.Harbour));
        await process.StandardInput.FlushAsync();
        var first = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
        Assert.StartsWith("{\"id\":\"a\",\"quotes\":[{", first, StringComparison.Ordinal);

        await process.StandardInput.WriteLineAsync(Line(2, Articles.Bridge));
        await process.StandardInput.FlushAsync();
        var second = await process.StandardOutput.ReadLineAsync().WaitAsync(Patience);
        Assert.StartsWith("{\"id\":2,\"quotes\":[{", second, StringComparison.Ordinal);

        process.StandardInput.Close();
        Assert.Null(await process.StandardOutput.ReadLineAsync().WaitAsync(Patience));
        await process.WaitForExitAsync().WaitAsync(Patience);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal("", await stderr);
    }

    [Fact]
    public void Standard_input_that_cannot_be_read_ends_with_one_line_and_exit_code_1_after_the_lines_read()
    {
        using var stdin = new FailingAfterLinesStream(Line(1, Articles.Harbour), Line(2, Articles.Bridge));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--stdin-jsonl"], stdin, stdout, stderr);

        Assert.Equal(1, exitCode);
        Assert.Equal(2, Lines(stdout.ToString()).Length);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: -: cannot read: Input/output error", line.TrimEnd('\r'));
    }

    [Fact]
    public void A_failing_output_ends_with_one_line_and_exit_code_141()
    {
        using var stdin = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Line(1, Articles.Bridge) + "\n" + Line(2, Articles.Harbour) + "\n"));
        using var stdout = new ClosedPipeWriter("No space left on device");
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--stdin-jsonl"], stdin, stdout, stderr);

        Assert.Equal(141, exitCode);
        var line = Assert.Single(stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("attribution: cannot write the output: No space left on device", line.TrimEnd('\r'));
    }

    [Theory]
    [InlineData("--stdin-jsonl", "article.txt")]
    [InlineData("article.txt", "--stdin-jsonl")]
    [InlineData("--stdin-jsonl", "-")]
    [InlineData("--stdin-jsonl", "--", "--stdin-jsonl")]
    [InlineData("--stdin-jsonl", "--format", "jsonl")]
    [InlineData("--format=json", "--stdin-jsonl")]
    public void Inputs_or_a_format_with_stdin_jsonl_are_a_usage_error(params string[] args)
    {
        var outcome = CliRunner.RunWithStdin(Line(1, Articles.Bridge) + "\n", args);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal("", outcome.Stdout);
        var line = Assert.Single(outcome.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("attribution: --stdin-jsonl ", line, StringComparison.Ordinal);
    }

    private static string Line(object id, string text) =>
        "{\"id\":" + JsonSerializer.Serialize(id) + ",\"text\":" + JsonSerializer.Serialize(text) + "}";

    private static string[] Lines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r'))];

    /// <summary>The quotes and people are exactly what <c>--format jsonl</c> gives for the same article in a file.</summary>
    private static void AssertSameAsFileReport(JsonElement answer, string text)
    {
        var fileRun = CliRunner.RunWithStdin(text, "--format", "jsonl");
        using var fileReport = JsonDocument.Parse(fileRun.Stdout);
        Assert.Equal(fileReport.RootElement.GetProperty("quotes").GetRawText(), answer.GetProperty("quotes").GetRawText());
        Assert.Equal(fileReport.RootElement.GetProperty("people").GetRawText(), answer.GetProperty("people").GetRawText());
        ReportSchema.AssertFileReport(fileReport.RootElement, "-", text);
        ReportSchema.AssertLineAnswer(answer, text);
    }
}
