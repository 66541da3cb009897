using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>The answer to one good line of <c>--stdin-jsonl</c>: a file report with the caller's id in place of the file name.</summary>
/// <param name="Id">The line's <c>id</c> exactly as sent (a string or a number), or <see langword="null"/> when it had none.</param>
internal sealed record LineReport(JsonElement? Id, IReadOnlyList<QuoteReport> Quotes, IReadOnlyList<PersonReport> People);
