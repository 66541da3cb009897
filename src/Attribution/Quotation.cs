using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>One quotation and who said it.</summary>
/// <param name="Text">The quoted words, exactly <c>input[Start..End]</c>, without the enclosing quotation marks.</param>
/// <param name="Start">Offset of the first quoted character (UTF-16 code units).</param>
/// <param name="End">Offset just past the last quoted character.</param>
/// <param name="Kind">Direct, partial, block or indirect (reported) speech.</param>
/// <param name="Speaker">Who said it, or <see langword="null"/> when the article does not say.</param>
/// <param name="Cue">The reporting words (<c>said</c>, <c>told</c>, <c>according to</c>), or <see langword="null"/>.</param>
/// <param name="Confidence">How sure the attribution is, from 0 to 1, with at most three decimals.</param>
/// <param name="Rule">The rule that decided the speaker.</param>
public sealed record Quotation(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("kind")] QuoteKind Kind,
    [property: JsonPropertyName("speaker")] Speaker? Speaker,
    [property: JsonPropertyName("cue")] Mention? Cue,
    [property: JsonPropertyName("confidence")] double Confidence,
    [property: JsonPropertyName("rule")] AttributionRule Rule);
