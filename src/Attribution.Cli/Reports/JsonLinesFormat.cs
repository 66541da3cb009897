namespace Attribution.Cli.Reports;

/// <summary>One compact JSON object per article and line, flushed at once so a reader can follow a long batch.</summary>
internal sealed class JsonLinesFormat(OffsetUnit offsets) : ReportFormat
{
    public override bool FlushEach => true;

    public override string Render(ArticleReport report) => ReportJson.Article(report, offsets, indented: false, lineEnd: true);
}
