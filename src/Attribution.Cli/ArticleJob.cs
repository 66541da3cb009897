using System.Globalization;
using Attribution.Cli.Extraction;
using Attribution.Cli.Input;
using Attribution.Cli.Reports;

namespace Attribution.Cli;

/// <summary>
/// One article of a batch on its way through: read (and, for a page, extracted) on a worker, attributed there by
/// the library, then rendered in the output format, all on the same worker, so that only writing is left to the
/// one thread that keeps the order.
/// </summary>
/// <param name="entry">The input.</param>
/// <param name="number">Its place in the batch, from 1.</param>
/// <param name="allHtml">Whether every input is a page (<c>--html</c>).</param>
/// <param name="settings">How inputs are read: the longest text the attributor takes and the encoding given with <c>--encoding</c>, if any.</param>
internal sealed class ArticleJob(InputEntry entry, int number, bool allHtml, ReadSettings settings)
{
    private readonly int maxLength = settings.MaxCharacters;
    private readonly List<string> warnings = [];
    private ArticleText? preread;
    private string? error = entry.Error;
    private string? text;
    private ExtractedArticle? page;

    /// <summary>Reads standard input now, on the thread that makes the jobs: it is one stream, read in order.</summary>
    /// <returns>How many characters were read.</returns>
    public int ReadStandardInput(Stream stdin)
    {
        try
        {
            preread = InputReader.Read(entry.Source!, stdin, settings);
            return preread.Text.Length;
        }
        catch (InputException e)
        {
            error = e.Message;
            return 0;
        }
    }

    /// <summary>The text to attribute, or <see langword="null"/> when the input failed (the reason is kept for <see cref="Outcome"/>).</summary>
    public string? ReadText()
    {
        if (error is not null || entry.Source is not { } source)
        {
            return null;
        }

        ArticleText article;
        try
        {
            article = preread ?? InputReader.Read(source, Stream.Null, settings);
        }
        catch (InputException e)
        {
            error = e.Message;
            return null;
        }

        if (article.Warning is { } warning)
        {
            warnings.Add(warning);
        }

        var body = article.Text;
        if (allHtml || IsHtmlFile(source.Path))
        {
            page = ArticleExtractor.Extract(body);
            body = page.Text;
            if (body.Length == 0)
            {
                warnings.Add($"warning: {source.Name}: no article text found in the HTML");
            }
        }

        if (body.Length > maxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"{source.Name}: too long ({body.Length} characters; the limit is {maxLength})");
            return null;
        }

        text = body;
        return body;
    }

    /// <summary>The rendered report, or the error in its place, with the warnings met on the way.</summary>
    public ArticleOutcome Outcome(AttributionResult? result, ReportFormat format) =>
        result is null || text is null
            ? new ArticleOutcome(null, warnings, error ?? $"{entry.Source?.Name}: could not be read")
            : new ArticleOutcome(format.Render(new ArticleReport(entry.Source!.Name, text, result, page, number)), warnings, null);

    private static bool IsHtmlFile(string? path) =>
        Path.GetExtension(path) is { } extension
        && (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase));
}
