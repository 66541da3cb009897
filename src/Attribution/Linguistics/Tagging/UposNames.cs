namespace Attribution.Linguistics.Tagging;

/// <summary>The UPOS tags as Universal Dependencies writes them, and back.</summary>
internal static class UposNames
{
    private static readonly string[] Names =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];

    public static string Name(PartOfSpeech tag) => Names[(int)tag];

    /// <summary>The tag named <paramref name="name"/>; an unknown name is <see cref="PartOfSpeech.X"/>.</summary>
    public static PartOfSpeech Parse(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index < 0 ? PartOfSpeech.X : (PartOfSpeech)index;
    }
}
