namespace Attribution.Cli;

/// <summary>How the attribute command writes its results (<c>--format</c>).</summary>
internal enum OutputFormat
{
    /// <summary>A readable list per article: quotations, a summary per speaker, people.</summary>
    Text,

    /// <summary>One indented JSON object per article; an array of them for a batch.</summary>
    Json,

    /// <summary>One compact JSON object per article and line.</summary>
    JsonLines,

    /// <summary>One CSV row per quotation, under one header.</summary>
    Csv,

    /// <summary>A self-contained HTML page with every quotation highlighted in its speaker's colour.</summary>
    Html,
}
