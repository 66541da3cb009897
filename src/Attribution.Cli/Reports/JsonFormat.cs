namespace Attribution.Cli.Reports;

/// <summary>Indented JSON: one object for a single input, or an array of them for a batch.</summary>
internal sealed class JsonFormat(OffsetUnit offsets, bool isBatch) : ReportFormat
{
    public override string Render(ArticleReport report)
    {
        var json = ReportJson.Article(report, offsets, indented: true);

        // Inside the array every line sits one level deeper. JSON strings hold no raw line break, so each break
        // starts a new line of structure.
        return isBatch ? "\n  " + json.ReplaceLineEndings("\n  ") : json;
    }

    public override string Start() => isBatch ? "[" : "";

    public override string Separator() => isBatch ? "," : "\n";

    public override string End(int count) => isBatch ? (count > 0 ? "\n]\n" : "]\n") : count > 0 ? "\n" : "";
}
