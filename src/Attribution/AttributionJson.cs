using System.Buffers;
using System.Text;
using System.Text.Json;
using Attribution.Json;

namespace Attribution;

/// <summary>
/// Results as JSON, in the shape the <c>attribution</c> tool writes and <c>schema/attribution.schema.json</c> in the
/// repository describes: camel-case names, enums in kebab case (<c>speaker-after-quote</c>), <c>null</c> for a
/// missing speaker or cue. Source-generated, so it works trimmed and under Native AOT.
/// </summary>
/// <example>
/// <code>
/// var json = AttributionJson.Serialize(attributor.Attribute(text));
/// // {"quotes":[{"text":"…","start":1,"end":20,"kind":"direct","speaker":{…},…}],"people":[…]}
/// var again = AttributionJson.Deserialize(json);
/// </code>
/// </example>
public static class AttributionJson
{
    /// <summary>
    /// The options behind every method here; their <see cref="JsonSerializerOptions.TypeInfoResolver"/> is the
    /// source-generated context, which <c>JsonTypeInfoResolver.Combine</c> joins to an application's own when its
    /// types hold results. Read-only.
    /// </summary>
    public static JsonSerializerOptions Options => AttributionJsonContext.Default.Options;

    /// <summary>Writes <paramref name="result"/> as one JSON object, every character outside ASCII escaped (<c>\u201C</c>).</summary>
    /// <param name="result">The result to write.</param>
    /// <param name="indented">Whether to indent it (two spaces) rather than write it on one line.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static string Serialize(AttributionResult result, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Serialize(writer, result);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes <paramref name="result"/> as one JSON object to <paramref name="writer"/>, with the writer's own options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void Serialize(Utf8JsonWriter writer, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        JsonSerializer.Serialize(writer, result, AttributionJsonContext.Default.AttributionResult);
    }

    /// <summary>
    /// Writes the members of <paramref name="result"/>'s object (<c>quotes</c> and <c>people</c>) into the object
    /// <paramref name="writer"/> has open, so that a caller can put its own members beside them: the tool writes
    /// <c>{"file": …, "quotes": […], "people": […]}</c> so.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="result"/> is null.</exception>
    public static void WriteMembers(Utf8JsonWriter writer, AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        var context = AttributionJsonContext.Default;
        writer.WritePropertyName("quotes");
        JsonSerializer.Serialize(writer, result.Quotes, context.IReadOnlyListQuotation);
        writer.WritePropertyName("people");
        JsonSerializer.Serialize(writer, result.People, context.IReadOnlyListPerson);
    }

    /// <summary>Reads a result written by <see cref="Serialize(AttributionResult, bool)"/> (or by the tool, whose extra members are ignored).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The JSON is invalid, is not such an object, or lacks a member the result needs.</exception>
    public static AttributionResult Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return JsonSerializer.Deserialize(json, AttributionJsonContext.Default.AttributionResult)
            ?? throw new JsonException("Expected a JSON object, not null.");
    }

    /// <summary>Reads a result from UTF-8 JSON, as <see cref="Deserialize(string)"/> does.</summary>
    /// <exception cref="JsonException">The JSON is invalid, is not such an object, or lacks a member the result needs.</exception>
    public static AttributionResult Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, AttributionJsonContext.Default.AttributionResult)
            ?? throw new JsonException("Expected a JSON object, not null.");
}
