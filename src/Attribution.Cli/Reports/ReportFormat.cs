using Attribution.Cli.Reports.Html;

namespace Attribution.Cli.Reports;

/// <summary>
/// An output format, in two halves: <see cref="Render"/> turns one article into text on the worker that attributed
/// it, in parallel with the others, and the rest frames the rendered articles in input order on the writing thread.
/// </summary>
internal abstract class ReportFormat
{
    public static ReportFormat For(OutputFormat format, OffsetUnit offsets, bool isBatch) => format switch
    {
        OutputFormat.Json => new JsonFormat(offsets, isBatch),
        OutputFormat.JsonLines => new JsonLinesFormat(offsets),
        OutputFormat.Csv => new CsvFormat(offsets),
        OutputFormat.Html => new HtmlFormat(isBatch),
        _ => new TextFormat(),
    };

    /// <summary>Whether each article is flushed as soon as it is written, for a reader that follows the stream.</summary>
    public virtual bool FlushEach => false;

    /// <summary>One article in this format. Thread-safe: called on many workers at once.</summary>
    public abstract string Render(ArticleReport report);

    /// <summary>What comes before the first article (a JSON array's bracket, a CSV header, a page's head), even when there is none.</summary>
    public virtual string Start() => "";

    /// <summary>What comes between two articles.</summary>
    public virtual string Separator() => "";

    /// <summary>What closes the output after <paramref name="count"/> articles.</summary>
    public virtual string End(int count) => "";
}
