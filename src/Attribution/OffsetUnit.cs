using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>What an offset into a text counts.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OffsetUnit>))]
public enum OffsetUnit
{
    /// <summary>UTF-16 code units: .NET, Java and JavaScript string indices. What the library's results use.</summary>
    [JsonStringEnumMemberName("utf16")]
    Utf16,

    /// <summary>Unicode code points: Python <c>str</c> indices, and Spark's <c>substring</c> on a string column.</summary>
    [JsonStringEnumMemberName("codepoints")]
    CodePoints,

    /// <summary>Bytes of the text encoded as UTF-8: Rust and Go string indices, and offsets into the file as saved.</summary>
    [JsonStringEnumMemberName("utf8")]
    Utf8,
}
