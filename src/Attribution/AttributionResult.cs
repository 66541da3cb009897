using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>What <see cref="QuoteAttributor.Attribute(string, CancellationToken)"/> found in one text.</summary>
/// <param name="Quotes">Every quotation, in order of position in the text.</param>
/// <param name="People">Every person mentioned, in order of first mention.</param>
/// <remarks><see cref="AttributionJson"/> writes and reads it as JSON.</remarks>
public sealed record AttributionResult(
    [property: JsonPropertyName("quotes")] IReadOnlyList<Quotation> Quotes,
    [property: JsonPropertyName("people")] IReadOnlyList<Person> People);
