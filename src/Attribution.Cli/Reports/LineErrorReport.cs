using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>The answer to a line of <c>--stdin-jsonl</c> that could not be attributed; the stream goes on.</summary>
/// <param name="Id">The line's <c>id</c> as sent, or <see langword="null"/> when it had none or could not be read.</param>
/// <param name="Error">Why, in one line.</param>
internal sealed record LineErrorReport(JsonElement? Id, string Error);
