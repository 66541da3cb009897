namespace Attribution;

/// <summary>A person (or a described speaker) the article mentions.</summary>
/// <param name="Name">The canonical name: the fullest form in the article, without titles.</param>
/// <param name="Titles">Roles and offices given with the name (<c>Foreign Secretary</c>), in order of appearance.</param>
/// <param name="Mentions">Every place the article refers to the person, in order of appearance.</param>
public sealed record Person(string Name, IReadOnlyList<string> Titles, IReadOnlyList<Mention> Mentions);
