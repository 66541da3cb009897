using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Attribution.Text;

namespace Attribution.People;

/// <summary>
/// The people of each surname, in the order they were introduced, indexed so that a full name finds its person in
/// constant time, and a lone surname its person after a bounded search, however many share the surname (a list of
/// relatives, a court docket). A surname that one person
/// holds, as most do, costs one table entry; the first-name index is kept only for surnames that several hold.
/// </summary>
internal sealed class Namesakes
{
    private readonly Dictionary<string, Surname> bySurname = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<(string Surname, string FirstName), int> byFullName = new(FullNameComparer.Instance);
    private int reservedSurnames;
    private int reservedFullNames;

    /// <summary>
    /// Makes room, in one step, for the surnames and shared full names still to come at the rate so far,
    /// <paramref name="done"/> of <paramref name="total"/> mentions in (see <see cref="Growth.Projected"/>).
    /// </summary>
    public void Anticipate(int done, int total)
    {
        var surnames = Growth.Projected(bySurname.Count, bySurname.Count, done, total, reservedSurnames);
        if (surnames > 0)
        {
            reservedSurnames = bySurname.EnsureCapacity(surnames);
        }

        var fullNames = Growth.Projected(byFullName.Count, byFullName.Count, done, total, reservedFullNames);
        if (fullNames > 0)
        {
            reservedFullNames = byFullName.EnsureCapacity(fullNames);
        }
    }

    /// <summary>
    /// The earliest person a full name joins: one of its surname with no first name yet, or one with the same first
    /// name (a first name that clashes starts a new person); -1 when there is none.
    /// </summary>
    public int FindFullName(List<PersonEntity> people, string surname, string? firstName)
    {
        if (!bySurname.TryGetValue(surname, out var entry))
        {
            return -1;
        }

        var withIt = int.MaxValue;
        if (firstName is not null)
        {
            if (entry.FirstNamed == entry.Latest)
            {
                // The surname's only person: its first name is the one to compare, without an index.
                withIt = string.Equals(people[entry.FirstNamed].FirstName, firstName, StringComparison.OrdinalIgnoreCase) ? entry.FirstNamed : int.MaxValue;
            }
            else if (byFullName.TryGetValue((surname, firstName), out var same))
            {
                withIt = same;
            }
        }

        var person = Math.Min(entry.WithoutFirstName, withIt);
        return person == int.MaxValue ? -1 : person;
    }

    /// <summary>
    /// The person a lone surname at <paramref name="position"/> names, as <see cref="PersonIndex"/> defines it: of
    /// the people introduced before it whose gender does not clash with <paramref name="gender"/>, the one with most
    /// mentions so far (the latest among equals), else the surname's first person; -1 when nobody has the surname. Mentions must be asked about in text order.
    /// </summary>
    /// <remarks>
    /// Looks at no more than <paramref name="searched"/> people of each kind: those made by a full name, found from
    /// a cursor that follows the text (they were introduced in text order), and those made by a titled lone
    /// surname, all of which come before the mention. Before the limit, a list of a thousand Smiths cost a look at
    /// every one for each "Mr Smith".
    /// </remarks>
    public int FindBySurname(List<PersonEntity> people, string surname, int position, Gender gender, int searched)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(bySurname, surname);
        if (Unsafe.IsNullRef(ref entry))
        {
            return -1;
        }

        // The people a titled lone surname made stand after the full names in the order of introduction, so the
        // latest of them that fits wins over any full name.
        var candidate = entry.LatestTitled;
        for (var i = 0; candidate >= 0 && i < searched; i++)
        {
            if (!Clashes(people[candidate], gender))
            {
                return candidate;
            }

            candidate = people[candidate].PreviousNamesake;
        }

        var next = entry.Cursor < 0 ? entry.FirstNamed : people[entry.Cursor].NextNamesake;
        while (next >= 0 && people[next].FirstStart <= position)
        {
            entry.Cursor = next;
            next = people[next].NextNamesake;
        }

        // Of the full names before it, the most mentioned that fits, the latest among equals: a story names its
        // subject's relatives in full (Biden's son Hunter Biden) and keeps the lone surname for the subject, while in
        // a list of equals (a docket of Smiths) the nearest is meant.
        candidate = entry.Cursor;
        var best = -1;
        for (var i = 0; candidate >= 0 && i < searched; i++)
        {
            if (!Clashes(people[candidate], gender) && (best < 0 || people[candidate].Mentions.Length > people[best].Mentions.Length))
            {
                best = candidate;
            }

            candidate = people[candidate].PreviousNamesake;
        }

        return best >= 0 ? best : entry.First;
    }

    /// <summary>
    /// Enters a new person, whose mentions so far are those that made it: one made by a full name
    /// (<paramref name="titled"/> false, in text order) or by a titled lone surname.
    /// </summary>
    public void Add(List<PersonEntity> people, string surname, int person, bool titled)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(bySurname, surname, out var exists);
        if (!exists)
        {
            entry = new Surname { First = person, FirstNamed = -1, Latest = -1, LatestTitled = -1, Cursor = -1, WithoutFirstName = int.MaxValue };
        }

        if (titled)
        {
            people[person].PreviousNamesake = entry.LatestTitled;
            entry.LatestTitled = person;
            return;
        }

        var firstName = people[person].FirstName;
        if (entry.Latest < 0)
        {
            entry.FirstNamed = person;
        }
        else
        {
            if (entry.FirstNamed == entry.Latest && people[entry.FirstNamed].FirstName is { } firstOnesName)
            {
                // A second person of the surname: from now on first names are looked up.
                byFullName.TryAdd((surname, firstOnesName), entry.FirstNamed);
            }

            if (firstName is not null)
            {
                byFullName.TryAdd((surname, firstName), person);
            }

            people[person].PreviousNamesake = entry.Latest;
            people[entry.Latest].NextNamesake = person;
        }

        entry.Latest = person;
        if (firstName is null)
        {
            entry.WithoutFirstName = Math.Min(entry.WithoutFirstName, person);
        }
    }

    /// <summary>Records that <paramref name="person"/>, who had no first name, has now been given <paramref name="firstName"/>.</summary>
    public void Named(string surname, int person, string firstName)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(bySurname, surname);
        if (entry.WithoutFirstName == person)
        {
            // A full name joins the earliest person with no first name, so at most one such person is waiting.
            entry.WithoutFirstName = int.MaxValue;
        }

        if (entry.FirstNamed != entry.Latest)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(byFullName, (surname, firstName), out var exists);
            known = exists ? Math.Min(known, person) : person;
        }
    }

    private static bool Clashes(PersonEntity person, Gender gender)
    {
        var known = person.GenderSoFar;
        return gender != Gender.Unknown && known != Gender.Unknown && known != gender;
    }

    /// <summary>
    /// One surname's people: the first of all, the first and latest made by a full name (linked in text order
    /// through <see cref="PersonEntity.NextNamesake"/>), the latest made by a titled lone surname, the cursor of
    /// <see cref="FindBySurname"/>, and the one person made by a full name without a first name, if any, that a
    /// full name may still join (<see cref="int.MaxValue"/> when there is none).
    /// </summary>
    private struct Surname
    {
        public int First;
        public int FirstNamed;
        public int Latest;
        public int LatestTitled;
        public int Cursor;
        public int WithoutFirstName;
    }

    private sealed class FullNameComparer : IEqualityComparer<(string Surname, string FirstName)>
    {
        public static readonly FullNameComparer Instance = new();

        public bool Equals((string Surname, string FirstName) x, (string Surname, string FirstName) y) =>
            string.Equals(x.Surname, y.Surname, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(x.FirstName, y.FirstName, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((string Surname, string FirstName) name) =>
            HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(name.Surname), StringComparer.OrdinalIgnoreCase.GetHashCode(name.FirstName));
    }
}
