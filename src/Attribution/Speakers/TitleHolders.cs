using Attribution.People;

namespace Attribution.Speakers;

/// <summary>
/// For each title (in any case), where the people who hold it are named, in text order. "The President insists …"
/// asks for the holder named last before it; scanning every person's mentions for each such phrase made a long text
/// with many people quadratic, a binary search here keeps it at a logarithm. Only a person's first
/// <see cref="MaxTitlesPerPerson"/> titles are entered, which keeps the table linear in the text.
/// </summary>
internal sealed class TitleHolders
{
    // The table has an entry per title and mention of each person, so a person named again and again under ever
    // new titles ("Deputy X Minister", "Deputy Y Minister", …) would make it grow with the square of the text. A role
    // is found through the first few titles a person is given; no real article gives anyone more.
    private const int MaxTitlesPerPerson = 8;

    private readonly Dictionary<string, List<(int Start, int Person)>> holders = new(StringComparer.OrdinalIgnoreCase);

    public TitleHolders(PersonIndex people, List<NameMention> mentions)
    {
        for (var p = 0; p < people.People.Count; p++)
        {
            var titles = people.People[p].Titles;
            for (var t = 0; t < titles.Count && t < MaxTitlesPerPerson; t++)
            {
                var title = titles[t];
                if (!holders.TryGetValue(title, out var named))
                {
                    named = [];
                    holders[title] = named;
                }

                foreach (var m in people.People[p].Mentions)
                {
                    named.Add((mentions[m].Span.Start, p));
                }
            }
        }

        foreach (var named in holders.Values)
        {
            named.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>How many (mention, person) entries the table holds over all titles.</summary>
    public int EntryCount => holders.Values.Sum(static named => named.Count);

    /// <summary>The person holding <paramref name="title"/> who is named last before <paramref name="before"/>, or -1.</summary>
    public int NamedLastBefore(string title, int before)
    {
        if (!holders.TryGetValue(title, out var named))
        {
            return -1;
        }

        // The first mention at or after the position; the one before it is the answer.
        int low = 0, high = named.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (named[middle].Start < before)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > 0 ? named[low - 1].Person : -1;
    }
}
