using System.Text.Json.Serialization;

namespace Attribution.Json;

// Source-generated, so that serializing results needs no reflection and works trimmed and under Native AOT. Names
// and enum values come from the attributes on the result types; the strict options make a missing member or a null
// where the types allow none a JsonException instead of a record with a null inside.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(AttributionResult))]
internal sealed partial class AttributionJsonContext : JsonSerializerContext;
