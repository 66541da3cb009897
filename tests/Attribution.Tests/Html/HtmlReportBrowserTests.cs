using System.Buffers.Binary;
using System.Text.Json;
using Attribution.Cli.Extraction;
using Attribution.Tests.Cli;

namespace Attribution.Tests.Html;

/// <summary>
/// The visual report (<c>--format html</c>) rendered by a real headless Chromium: each quotation is on the page once,
/// exactly its text, in its speaker's colour, with speaker, cue, rule and confidence on hover and in a note; the
/// speakers table agrees with the result and its swatches with the marks; the page fetches nothing.
/// </summary>
public sealed class HtmlReportBrowserTests
{
    private const string Script = """
        [...document.querySelectorAll('article.report')].map(article => ({
          file: article.dataset.file,
          marks: [...article.querySelectorAll('mark.quote')].map(mark => ({
            quote: Number(mark.dataset.quote),
            speaker: mark.dataset.speaker,
            kind: mark.dataset.kind,
            title: mark.title,
            text: mark.textContent,
            colour: getComputedStyle(mark).backgroundColor,
            visible: mark.getClientRects().length > 0 && mark.getBoundingClientRect().width > 0,
          })),
          rows: [...article.querySelectorAll('table.speakers tbody tr')].map(row => ({
            speaker: row.dataset.speaker,
            colour: getComputedStyle(row.querySelector('.swatch')).backgroundColor,
            cells: [...row.cells].map(cell => cell.textContent),
          })),
          notes: [...article.querySelectorAll('ol.notes li')].map(note => note.textContent),
        }))
        """;

    [BrowserFact]
    public async Task Every_quotation_is_highlighted_once_in_its_speakers_colour_with_its_details()
    {
        using var dir = new TempDirectory();
        var page = Path.Combine(AppContext.BaseDirectory, "Html", "Pages", "gov-045.html");
        // Relative, as a user would type them: the page shows the paths as given.
        string[] inputs = [.. new[] { Path.Combine(CorpusFiles.Directory, "paris-talks.txt"), Path.Combine(CorpusFiles.Directory, "wn-003.txt"), page }
            .Select(input => Path.GetRelativePath(Environment.CurrentDirectory, input))];
        var texts = new[] { File.ReadAllText(inputs[0]), File.ReadAllText(inputs[1]), ArticleExtractor.Extract(File.ReadAllText(page)).Text };
        var report = CliRunner.Run(["--format", "html", .. inputs]);
        Assert.Equal(0, report.ExitCode);
        var path = Path.Combine(dir.Path, "report.html");
        File.WriteAllText(path, report.Stdout);

        await using var browser = await HeadlessChromium.OpenAsync(new Uri(path).AbsoluteUri, 1000, 1400);
        var articles = await browser.EvaluateAsync(Script);
        var fetched = await browser.EvaluateAsync("JSON.stringify([performance.getEntriesByType('resource').map(e => e.name), document.querySelectorAll('link[href], script[src], img[src]').length])");
        var screenshot = await browser.ScreenshotAsync();

        Assert.Equal("[[],0]", fetched.GetString());
        Assert.Equal(inputs.Length, articles.GetArrayLength());
        for (var i = 0; i < inputs.Length; i++)
        {
            AssertArticle(articles[i], inputs[i], new QuoteAttributor().Attribute(texts[i]));
        }

        var saved = Environment.GetEnvironmentVariable("ATTRIBUTION_SCREENSHOT") is { Length: > 0 } wanted ? wanted : Path.Combine(dir.Path, "report.png");
        File.WriteAllBytes(saved, screenshot);
        AssertPng(screenshot, 1000, 1400);
    }

    private static void AssertArticle(JsonElement article, string file, AttributionResult result)
    {
        Assert.Equal(file, article.GetProperty("file").GetString());
        var marks = article.GetProperty("marks").EnumerateArray().ToList();
        Assert.NotEmpty(result.Quotes);

        // Each quotation once, exactly its text (the page's parser turns a CR LF into LF), visible.
        Assert.Equal(Enumerable.Range(1, result.Quotes.Count), marks.Select(m => m.GetProperty("quote").GetInt32()).Order());
        foreach (var mark in marks)
        {
            var quote = result.Quotes[mark.GetProperty("quote").GetInt32() - 1];
            Assert.Equal(quote.Text.ReplaceLineEndings("\n"), mark.GetProperty("text").GetString());
            Assert.Equal(quote.Speaker?.Name ?? "", mark.GetProperty("speaker").GetString());
            Assert.True(mark.GetProperty("visible").GetBoolean(), $"quotation {mark.GetProperty("quote")} is not shown");

            // On hover: speaker, cue, rule and confidence.
            var title = mark.GetProperty("title").GetString()!;
            Assert.Contains(quote.Speaker?.Name ?? "speaker unknown", title, StringComparison.Ordinal);
            Assert.Contains(quote.Confidence.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture), title, StringComparison.Ordinal);
            Assert.Contains(System.Text.Json.JsonSerializer.Serialize(quote.Rule).Trim('"'), title, StringComparison.Ordinal);
            if (quote.Cue is { } cue)
            {
                Assert.Contains(cue.Text, title, StringComparison.Ordinal);
            }
        }

        // One colour per speaker, a different one for each, and the grey of the unknown apart from all of them.
        var colours = marks.GroupBy(m => m.GetProperty("speaker").GetString()!)
            .ToDictionary(g => g.Key, g => Assert.Single(g.Select(m => m.GetProperty("colour").GetString()!).Distinct()));
        Assert.Equal(colours.Count, colours.Values.Distinct().Count());
        Assert.All(colours.Values, colour => Assert.NotEqual("rgba(0, 0, 0, 0)", colour));

        // The table: a row per speaker with its swatch in its marks' colour, its count, words and gender.
        var rows = article.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(colours.Keys.Order(), rows.Select(r => r.GetProperty("speaker").GetString()!).Order());
        foreach (var row in rows)
        {
            var speaker = row.GetProperty("speaker").GetString()!;
            var quotes = result.Quotes.Where(q => (q.Speaker?.Name ?? "") == speaker).ToList();
            var cells = row.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!).ToList();
            Assert.Equal(colours[speaker], row.GetProperty("colour").GetString());
            Assert.Equal(speaker.Length == 0 ? "(unknown)" : speaker, cells[0]);
            Assert.Equal(quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cells[1]);
            Assert.Equal(quotes.Sum(q => Words(q.Text)).ToString(System.Globalization.CultureInfo.InvariantCulture), cells[3]);
            var gender = result.People.FirstOrDefault(p => p.Name == speaker)?.Gender ?? Gender.Unknown;
            Assert.Equal(gender.ToString().ToLowerInvariant(), cells[4]);
        }

        Assert.Equal(result.Quotes.Count, article.GetProperty("notes").GetArrayLength());
    }

    // Counted here apart from the report's own code: white-space separated pieces that hold a letter or a digit.
    private static int Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(piece => piece.Any(char.IsLetterOrDigit));

    private static void AssertPng(byte[] png, int width, int height)
    {
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.True(png.Length > 20_000, "the screenshot is nearly empty");
    }
}
