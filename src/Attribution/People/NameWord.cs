namespace Attribution.People;

/// <summary>The classes a word can belong to in the <see cref="NameLexicon"/>; one word may be in several.</summary>
[Flags]
internal enum NameWord
{
    None = 0,
    Honorific = 1,
    Male = 2,
    Female = 4,
    Head = 8,
    Modifier = 16,
    NotName = 32,
    Stop = 64,
    Particle = 128,
    Pronoun = 256,
    Group = 512,

    /// <summary>A word of a title: an honorific, a head (<c>Minister</c>) or a modifier (<c>Deputy</c>).</summary>
    TitleWord = Honorific | Head | Modifier,
}
