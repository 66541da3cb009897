using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>A person the article mentions, or a described source that speaks (<c>a spokesperson</c>, <c>the ministry</c>).</summary>
/// <param name="Name">The canonical name: the fullest form in the article, without titles; for a described source, its description.</param>
/// <param name="Titles">Roles and offices given with the name (<c>Foreign Secretary</c>), in order of appearance.</param>
/// <param name="Mentions">Every place the article refers to the person, in order of appearance.</param>
/// <param name="Gender">
/// What the honorifics, or else the first name, or else the pronouns that refer to them as speakers say; the gender
/// that resolves <c>he</c> and <c>she</c>.
/// </param>
/// <param name="Kind">One person, a group, an organisation or a document.</param>
public sealed record Person(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("titles")] IReadOnlyList<string> Titles,
    [property: JsonPropertyName("mentions")] IReadOnlyList<Mention> Mentions,
    [property: JsonPropertyName("gender")] Gender Gender,
    [property: JsonPropertyName("kind")] PersonKind Kind = PersonKind.Person);
