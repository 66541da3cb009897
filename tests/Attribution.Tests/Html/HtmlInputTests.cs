using System.Text.Json;
using Attribution.Tests.Cli;

namespace Attribution.Tests.Html;

/// <summary>
/// Saved news pages through the tool: the extracted text is the article body, paragraph for paragraph, and gives
/// the quotations the plain-text version gives; the output holds the text its offsets index.
/// </summary>
public sealed class HtmlInputTests
{
    public static TheoryData<string> Pages { get; } = ["wn-001", "wn-003", "gov-042", "gov-045", "doj-048"];

    private static string PagePath(string name) => Path.Combine(AppContext.BaseDirectory, "Html", "Pages", name + ".html");

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_extracted_text_is_every_paragraph_of_the_body_and_nothing_else(string name)
    {
        var report = Report(name);

        // Every paragraph of the article and no menu, banner, sidebar, source list or footer line: the plain-text
        // version exactly, paragraph by paragraph.
        Assert.Equal(Paragraphs(CorpusFiles.Read(name + ".txt")), Paragraphs(report.GetProperty("text").GetString()!));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_quotations_are_those_of_the_plain_text_version(string name)
    {
        var report = Report(name);
        var plain = new QuoteAttributor().Attribute(CorpusFiles.Read(name + ".txt"));

        var fromPage = report.GetProperty("quotes").EnumerateArray()
            .Select(q => (q.GetProperty("text").GetString(), q.GetProperty("kind").GetString(), q.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } s ? s.GetProperty("name").GetString() : null));
        var fromText = plain.Quotes.Select(q => ((string?)q.Text, (string?)JsonSerializer.Serialize(q.Kind).Trim('"'), q.Speaker?.Name));
        Assert.NotEmpty(plain.Quotes);
        Assert.Equal(fromText, fromPage);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void The_report_holds_the_title_and_the_text_its_offsets_index(string name)
    {
        var report = Report(name);

        ReportSchema.AssertFileReport(report, PagePath(name), report.GetProperty("text").GetString()!);
        Assert.Equal(["file", "quotes", "people", "title", "text"], report.EnumerateObject().Select(p => p.Name));
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("title").GetString()));
    }

    [Fact]
    public void Html_on_standard_input_is_read_as_a_page()
    {
        var page = File.ReadAllText(PagePath("wn-003"));

        var outcome = CliRunner.RunWithStdin(page, "--format", "json", "--html");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("-", json.RootElement.GetProperty("file").GetString());
        Assert.Equal(Paragraphs(CorpusFiles.Read("wn-003.txt")), Paragraphs(json.RootElement.GetProperty("text").GetString()!));
    }

    [Fact]
    public void Without_html_a_page_on_standard_input_is_plain_text()
    {
        var outcome = CliRunner.RunWithStdin("<p>“Hi,” Ann Lee said.</p>", "--format", "json");

        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.False(json.RootElement.TryGetProperty("text", out _));
    }

    [Theory]
    [InlineData("page.htm")]
    [InlineData("PAGE.HTML")]
    [InlineData("page.xhtml")]
    public void Any_html_file_name_is_read_as_a_page(string fileName)
    {
        using var dir = new TempDirectory();
        var path = dir.Write(fileName, "<html><body><nav><p>Home, News, “Sport”, Weather and more</p></nav><article><p>“We are open,” Ann Lee said on Monday, smiling at the door.</p></article></body></html>");

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("“We are open,” Ann Lee said on Monday, smiling at the door.", json.RootElement.GetProperty("text").GetString());
        Assert.Equal("We are open,", json.RootElement.GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_page_without_an_article_gives_a_warning_and_an_empty_result()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("empty.html", "<html><head><title>Nothing</title><script>var quote = \"not text\";</script></head><body><nav><a href=\"/\">Home</a></nav></body></html>");

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal($"attribution: warning: {path}: no article text found in the HTML", outcome.Stderr.TrimEnd('\n'));
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("quotes").GetArrayLength());
    }

    private static JsonElement Report(string name)
    {
        var outcome = CliRunner.Run("--format", "json", PagePath(name));
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        return JsonDocument.Parse(outcome.Stdout).RootElement.Clone();
    }

    private static List<string> Paragraphs(string text) =>
        [.. text.ReplaceLineEndings("\n").Split('\n').Select(p => string.Join(' ', p.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(p => p.Length > 0)];
}
