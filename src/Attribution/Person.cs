using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>A person (or a described speaker) the article mentions.</summary>
/// <param name="Name">The canonical name: the fullest form in the article, without titles.</param>
/// <param name="Titles">Roles and offices given with the name (<c>Foreign Secretary</c>), in order of appearance.</param>
/// <param name="Mentions">Every place the article refers to the person, in order of appearance.</param>
/// <param name="Gender">What the honorifics, or else the first name, say; the gender that resolves <c>he</c> and <c>she</c>.</param>
public sealed record Person(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("titles")] IReadOnlyList<string> Titles,
    [property: JsonPropertyName("mentions")] IReadOnlyList<Mention> Mentions,
    [property: JsonPropertyName("gender")] Gender Gender);
