using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>Who said a quotation.</summary>
/// <param name="Name">
/// The canonical name: the fullest personal name the article gives, without titles (<c>David Lammy</c> for
/// <c>Mr Lammy</c> or <c>he</c>), or, for a speaker with no personal name, the description as written without a
/// leading article (<c>spokesperson for the State Department</c>).
/// </param>
/// <param name="Mention">The words near the quotation that name the speaker (a name, a pronoun or a description).</param>
/// <param name="Person">
/// The speaker's index in <see cref="AttributionResult.People"/>, where their kind, gender, titles and every mention
/// are; described speakers have an entry too. -1 only in a result built by hand without one.
/// </param>
public sealed record Speaker(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("mention")] Mention Mention,
    [property: JsonPropertyName("person")] int Person = -1);
