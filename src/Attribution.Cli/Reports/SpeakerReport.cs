namespace Attribution.Cli.Reports;

internal sealed record SpeakerReport(string Name, MentionReport Mention);
