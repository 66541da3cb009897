using Attribution.Cli.Reports;

namespace Attribution.Cli;

/// <summary>
/// What one input of a batch gives, made on a worker thread and written later in input order: its report, or the
/// error that stands in its place, and any warning, so that standard error keeps the order of the inputs too.
/// </summary>
/// <param name="Report">The report to write, or <see langword="null"/> when the input failed.</param>
/// <param name="Warning">A message written before the report (an article that was not valid UTF-8), or <see langword="null"/>.</param>
/// <param name="Error">Why the input failed, or <see langword="null"/>.</param>
internal sealed record ArticleOutcome(FileReport? Report, string? Warning, string? Error)
{
    public static ArticleOutcome Failed(string error, string? warning = null) => new(null, warning, error);
}
