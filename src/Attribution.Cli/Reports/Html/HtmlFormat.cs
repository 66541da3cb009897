using System.Globalization;
using System.Net;
using System.Reflection;

namespace Attribution.Cli.Reports.Html;

/// <summary>
/// The visual report: one self-contained HTML page (its style sheet inline, nothing fetched), with one section per
/// article; one article for a single input, all of them for a batch.
/// </summary>
internal sealed class HtmlFormat(bool isBatch) : ReportFormat
{
    private static readonly string StyleSheet = ReadStyleSheet();

    public override string Render(ArticleReport report) => HtmlArticle.Render(report);

    public override string Start()
    {
        var heading = isBatch ? "Who said what" : "Who said what in one article";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="{CliApp.Name} {WebUtility.HtmlEncode(CliApp.Version)}">
            <title>{heading} — {CliApp.Name}</title>
            <style>
            {StyleSheet}</style>
            </head>
            <body>
            <header class="page"><h1>{heading}</h1><p>Each quotation is highlighted in its speaker’s colour; hover over it, or follow its number, for the speaker, cue, rule and confidence. Reported speech is in italics: the writer’s words, not the speaker’s.</p></header>

            """);
    }

    public override string End(int count) => "</body>\n</html>\n";

    private static string ReadStyleSheet()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Attribution.Cli.report.css")
            ?? throw new InvalidOperationException("The report's style sheet is not embedded in the tool.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
