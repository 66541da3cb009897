namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>One speaker candidate of a quotation that matches a gold one: its features and whether its speaker is the gold speaker.</summary>
internal sealed record RankerExample(int[] Features, bool IsRight);
