namespace Attribution.Cli;

/// <summary>
/// What one input of a batch gives, made on a worker thread and written later in input order: its rendered report,
/// or the error that stands in its place, and any warnings, so that standard error keeps the order of the inputs too.
/// </summary>
/// <param name="Rendered">The report in the output format, or <see langword="null"/> when the input failed.</param>
/// <param name="Warnings">Messages written before the report (an article that was not valid UTF-8, a page with no article).</param>
/// <param name="Error">Why the input failed, or <see langword="null"/>.</param>
internal sealed record ArticleOutcome(string? Rendered, IReadOnlyList<string> Warnings, string? Error);
