namespace Attribution.Linguistics;

/// <summary>A named entity the recogniser found: the words <c>[FirstWord, EndWord)</c> and its type.</summary>
internal readonly record struct EntityMention(int FirstWord, int EndWord, EntityType Type);
