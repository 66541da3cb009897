namespace Attribution.Cli.Evaluation;

/// <summary>
/// One hand-checked quotation from a <c>*.gold.json</c> file; an optional one (its note says doubtful or borderline)
/// counts only when found.
/// </summary>
internal sealed record GoldQuote(string Text, string Kind, string? Speaker, IReadOnlyList<string> Aliases, bool IsOptional = false)
{
    public bool IsIndirect => Kind == "indirect";
}
