namespace Attribution.Cli.Reports;

/// <param name="Kind">The <see cref="QuoteKind"/> in lower case.</param>
/// <param name="Confidence">Rounded to two decimals: more digits would promise a precision the rules do not have.</param>
/// <param name="Rule">The <see cref="AttributionRule"/> name in kebab case.</param>
internal sealed record QuoteReport(
    string Text,
    int Start,
    int End,
    string Kind,
    SpeakerReport? Speaker,
    MentionReport? Cue,
    double Confidence,
    string Rule);
