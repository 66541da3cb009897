namespace Attribution.Cli.Reports;

internal sealed record MentionReport(string Text, int Start, int End);
