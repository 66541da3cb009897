using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>
/// What kind of source an entry of <see cref="AttributionResult.People"/> is: what media researchers counting whose
/// voices are quoted tell apart.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PersonKind>))]
public enum PersonKind : byte
{
    /// <summary>One person, named (<c>David Lammy</c>) or described (<c>a spokesperson for the ministry</c>).</summary>
    [JsonStringEnumMemberName("person")]
    Person,

    /// <summary>Several people described together: <c>officials</c>, <c>residents of the town</c>, <c>the family</c>.</summary>
    [JsonStringEnumMemberName("group")]
    Group,

    /// <summary>An organisation speaking as one: <c>the ministry</c>, <c>police</c>, <c>the Trump campaign</c>.</summary>
    [JsonStringEnumMemberName("organization")]
    Organization,

    /// <summary>A text that says it: <c>the statement</c>, <c>a report by the agency</c>, <c>the ruling</c>.</summary>
    [JsonStringEnumMemberName("document")]
    Document,
}
