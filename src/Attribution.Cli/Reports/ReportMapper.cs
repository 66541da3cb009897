using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>
/// Copies the library's records into the CLI's own, so the library can grow without silently changing the JSON
/// schema that other tools depend on.
/// </summary>
internal static class ReportMapper
{
    public static FileReport ToReport(string file, AttributionResult result) =>
        new(file, [.. result.Quotes.Select(ToReport)], [.. result.People.Select(ToReport)]);

    /// <summary>The same quotations and people as <see cref="ToReport(string, AttributionResult)"/>, under the caller's id.</summary>
    public static LineReport ToLineReport(JsonElement? id, AttributionResult result) =>
        new(id, [.. result.Quotes.Select(ToReport)], [.. result.People.Select(ToReport)]);

    public static QuoteReport ToReport(Quotation quote) =>
        new(
            quote.Text,
            quote.Start,
            quote.End,
            EnumName(quote.Kind.ToString()),
            quote.Speaker is { } speaker ? new SpeakerReport(speaker.Name, ToReport(speaker.Mention)) : null,
            quote.Cue is { } cue ? ToReport(cue) : null,
            RoundConfidence(quote.Confidence),
            EnumName(quote.Rule.ToString()));

    public static PersonReport ToReport(Person person) =>
        new(person.Name, [.. person.Titles], [.. person.Mentions.Select(ToReport)]);

    public static MentionReport ToReport(Mention mention) => new(mention.Text, mention.Start, mention.End);

    /// <summary>SpeakerAfterQuote → speaker-after-quote, Direct → direct.</summary>
    public static string EnumName(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    // JSON has no NaN or infinity, and a value outside 0..1 would break readers that trust the documented range.
    private static double RoundConfidence(double confidence) =>
        double.IsFinite(confidence) ? Math.Round(Math.Clamp(confidence, 0, 1), 2, MidpointRounding.AwayFromZero) : 0;
}
