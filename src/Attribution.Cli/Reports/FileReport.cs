namespace Attribution.Cli.Reports;

/// <summary>The output for one input; its shape is the CLI's JSON schema, which other tools read.</summary>
internal sealed record FileReport(string File, IReadOnlyList<QuoteReport> Quotes, IReadOnlyList<PersonReport> People);
