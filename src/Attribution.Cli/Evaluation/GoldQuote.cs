namespace Attribution.Cli.Evaluation;

/// <summary>One hand-checked quotation from a <c>*.gold.json</c> file.</summary>
internal sealed record GoldQuote(string Text, string Kind, string? Speaker, IReadOnlyList<string> Aliases)
{
    public bool IsIndirect => Kind == "indirect";
}
