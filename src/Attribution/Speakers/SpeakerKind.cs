namespace Attribution.Speakers;

internal enum SpeakerKind : byte
{
    /// <summary>A personal name found by the people stage.</summary>
    Name,

    /// <summary>A pronoun to resolve to a person.</summary>
    Pronoun,

    /// <summary>A description with no personal name: <c>a spokesperson for the ministry</c>, <c>police</c>.</summary>
    Description,
}
