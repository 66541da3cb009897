namespace Attribution.Cli.Reports;

internal sealed record PersonReport(string Name, IReadOnlyList<string> Titles, IReadOnlyList<MentionReport> Mentions);
