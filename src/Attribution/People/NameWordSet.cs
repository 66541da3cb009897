namespace Attribution.People;

/// <summary>One class of the <see cref="NameLexicon"/>'s words, read as a set.</summary>
internal readonly struct NameWordSet(NameLexicon lexicon, NameWord classes)
{
    public bool Contains(ReadOnlySpan<char> word) => (lexicon.Classify(word) & classes) != 0;
}
