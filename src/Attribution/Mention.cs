using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>A stretch of the input text: <c>Text == input[Start..End]</c>, offsets in UTF-16 code units.</summary>
/// <param name="Text">The text exactly as it appears in the input.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <remarks>
/// <see cref="OffsetConverter"/> gives the offsets in code points or UTF-8 bytes instead. The JSON names, here and
/// on every result type, are fixed by attributes (camel case, enums in kebab case), so that any
/// <c>System.Text.Json</c> serializer writes the shape <see cref="AttributionJson"/> documents.
/// </remarks>
public sealed record Mention(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End);
