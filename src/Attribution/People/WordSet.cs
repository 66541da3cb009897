using System.Collections.Frozen;
using Attribution.Text;

namespace Attribution.People;

/// <summary>A frozen word list (case-insensitive unless asked otherwise) that answers for spans without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordFilter filter;

    public WordSet(IEnumerable<string> words, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var set = words.ToFrozenSet(comparer);
        lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(set);
    }

    public bool Contains(ReadOnlySpan<char> word) => filter.MayContain(word) && lookup.Contains(word);
}
