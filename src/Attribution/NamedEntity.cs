namespace Attribution;

/// <summary>A named entity of an <see cref="Analysis"/>: a person, organisation or place named in the text.</summary>
/// <param name="Text">The name as written: exactly <c>text[Start..End]</c>.</param>
/// <param name="Start">Where it starts, in UTF-16 code units into the analysed text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Type">What it names.</param>
/// <param name="FirstToken">The index in <see cref="Analysis.Tokens"/> of its first token.</param>
/// <param name="TokenCount">How many tokens it spans.</param>
public sealed record NamedEntity(string Text, int Start, int End, EntityType Type, int FirstToken, int TokenCount);
