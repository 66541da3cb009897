using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>
/// A person's gender as the article signals it: honorifics (<c>Mr</c>, <c>Ms</c>, <c>Sir</c>), or else the usual
/// gender of the first name in the table that ships with the library. Used to resolve pronouns; never a guess beyond
/// those signals.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Gender>))]
public enum Gender : byte
{
    /// <summary>Nothing in the article says.</summary>
    [JsonStringEnumMemberName("unknown")]
    Unknown,

    /// <summary>A male honorific, or a first name usually given to men.</summary>
    [JsonStringEnumMemberName("male")]
    Male,

    /// <summary>A female honorific, or a first name usually given to women.</summary>
    [JsonStringEnumMemberName("female")]
    Female,
}
