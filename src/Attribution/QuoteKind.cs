using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>How a quotation appears in the article.</summary>
/// <remarks>In JSON, each value is written in lower case (<c>direct</c>).</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<QuoteKind>))]
public enum QuoteKind
{
    /// <summary>Quoted words that form a sentence or more: <c>“We must act,” she said.</c></summary>
    [JsonStringEnumMemberName("direct")]
    Direct,

    /// <summary>A quoted fragment inside the writer's own sentence: <c>called for an “immediate ceasefire”</c>.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>A paragraph of speech with no quotation marks, introduced by a line such as <c>X said:</c>.</summary>
    [JsonStringEnumMemberName("block")]
    Block,

    /// <summary>Reported speech in the writer's words; the text is the content clause only.</summary>
    [JsonStringEnumMemberName("indirect")]
    Indirect,
}
