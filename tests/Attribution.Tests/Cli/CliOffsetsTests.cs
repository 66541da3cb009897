using System.Text;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>
/// <c>--offsets</c>: the offsets in JSON, JSON lines, CSV and <c>--stdin-jsonl</c> answers slice the article as the
/// caller's language does, even with emoji before a quotation (the README's PySpark example).
/// </summary>
public sealed class CliOffsetsTests
{
    private const string Article =
        "🎉 Launch day 🚀 in Leeds.\n" +
        "“We’re thrilled 😀,” Ms Ann Lee said, “and a little tired.”\n" +
        "Café owner Bo Tarn said the street had been busy since dawn.\n";

    [Theory]
    [InlineData("json")]
    [InlineData("jsonl")]
    public void Code_points_slice_the_file_as_python_does(string format)
    {
        var outcome = Run(format, "codepoints", out var path);

        using var json = JsonDocument.Parse(outcome.Stdout);
        var codePoints = File.ReadAllText(path).EnumerateRunes().Select(r => r.ToString()).ToArray();
        AssertSlices(json.RootElement, (start, end) => string.Concat(codePoints[start..end]));
    }

    [Fact]
    public void Utf8_offsets_slice_the_bytes_of_the_file()
    {
        var outcome = Run("jsonl", "utf8", out var path);

        using var json = JsonDocument.Parse(outcome.Stdout);
        var bytes = File.ReadAllBytes(path);
        AssertSlices(json.RootElement, (start, end) => Encoding.UTF8.GetString(bytes[start..end]));
    }

    [Fact]
    public void Utf16_is_the_default_and_differs_once_an_emoji_comes_first()
    {
        var utf16 = Run("jsonl", "utf16", out var path);
        var byDefault = CliRunner.Run("--format", "jsonl", path);
        var points = Run("jsonl", "codepoints", out _);

        Assert.Equal(utf16.Stdout, byDefault.Stdout);
        Assert.NotEqual(utf16.Stdout, points.Stdout);
        using var json = JsonDocument.Parse(utf16.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, path, File.ReadAllText(path));
    }

    [Fact]
    public void Csv_offsets_follow_the_unit_too()
    {
        var outcome = Run("csv", "codepoints", out var path);

        var codePoints = File.ReadAllText(path).EnumerateRunes().Select(r => r.ToString()).ToArray();
        var rows = CsvRows.Parse(outcome.Stdout);
        Assert.True(rows.Count >= 3);
        foreach (var row in rows.Skip(1))
        {
            var (start, end, text) = (int.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), row[5]);
            Assert.Equal(text, string.Concat(codePoints[start..end]));
        }
    }

    [Fact]
    public void Stdin_json_lines_answers_slice_their_text_in_code_points()
    {
        var line = JsonSerializer.Serialize(new { id = 1, text = Article });

        var outcome = CliRunner.RunWithStdin(line + "\n", "--stdin-jsonl", "--offsets", "codepoints");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertValid(json.RootElement, ReportSchema.LineAnswer);
        var codePoints = Article.EnumerateRunes().Select(r => r.ToString()).ToArray();
        AssertSlices(json.RootElement, (start, end) => string.Concat(codePoints[start..end]));
    }

    private static CliOutcome Run(string format, string offsets, out string path)
    {
        var dir = new TempDirectory();
        path = dir.Write("launch.txt", Article);
        var outcome = CliRunner.Run("--format", format, "--offsets", offsets, path);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        return outcome;
    }

    private static void AssertSlices(JsonElement report, Func<int, int, string> slice)
    {
        var quotes = report.GetProperty("quotes");
        Assert.True(quotes.GetArrayLength() >= 2);
        foreach (var span in quotes.EnumerateArray()
            .Concat(quotes.EnumerateArray().Select(q => q.GetProperty("speaker")).Where(s => s.ValueKind == JsonValueKind.Object).Select(s => s.GetProperty("mention")))
            .Concat(report.GetProperty("people").EnumerateArray().SelectMany(p => p.GetProperty("mentions").EnumerateArray())))
        {
            Assert.Equal(span.GetProperty("text").GetString(), slice(span.GetProperty("start").GetInt32(), span.GetProperty("end").GetInt32()));
        }
    }
}
