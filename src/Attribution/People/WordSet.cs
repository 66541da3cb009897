using System.Collections.Frozen;

namespace Attribution.People;

/// <summary>A frozen word list (case-insensitive unless asked otherwise) that answers for spans without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> words, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}
