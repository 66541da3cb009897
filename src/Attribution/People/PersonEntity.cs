using System.Runtime.InteropServices;

namespace Attribution.People;

/// <summary>One person as the people stage builds it: the mentions merged so far and what they say together.</summary>
internal sealed class PersonEntity
{
    // Most people in a long list are named once: the first mention is kept inline, a list made only for a second.
    private int firstMention = -1;
    private List<int>? mentionList;

    /// <summary>The indexes of the person's mentions, in order of position once <see cref="Complete"/> has run.</summary>
    public ReadOnlySpan<int> Mentions => mentionList is not null
        ? CollectionsMarshal.AsSpan(mentionList)
        : firstMention < 0 ? [] : new ReadOnlySpan<int>(in firstMention);

    public string Name { get; private set; } = "";

    public string? FirstName { get; private set; }

    public int FirstStart { get; private set; } = int.MaxValue;

    public Gender Gender { get; private set; }

    /// <summary>The titles in order of appearance, once <see cref="Complete"/> has run.</summary>
    public IReadOnlyList<string> Titles => titles ?? (IReadOnlyList<string>)[];

    /// <summary>
    /// The person introduced before this one under the same surname in the same way (by a full name, or by a titled
    /// lone surname), or -1 (see <see cref="Namesakes"/>).
    /// </summary>
    public int PreviousNamesake { get; set; } = -1;

    /// <summary>The person introduced after this one by a full name of the same surname, or -1.</summary>
    public int NextNamesake { get; set; } = -1;

    // Made for the first title: most people in a long list have none.
    private List<string>? titles;

    // Male honorifics seen less female ones: only which is ahead matters.
    private int maleLead;

    /// <summary>The gender the honorifics seen so far agree on; settled by <see cref="Complete"/>.</summary>
    public Gender GenderSoFar => maleLead > 0 ? Gender.Male : maleLead < 0 ? Gender.Female : Gender.Unknown;

    public void Add(int index, NameMention mention)
    {
        if (firstMention < 0 && mentionList is null)
        {
            firstMention = index;
        }
        else
        {
            (mentionList ??= [firstMention]).Add(index);
        }

        FirstStart = Math.Min(FirstStart, mention.Span.Start);
        FirstName ??= mention.FirstName;
        maleLead += mention.Gender == Gender.Male ? 1 : mention.Gender == Gender.Female ? -1 : 0;
    }

    /// <summary>
    /// Whether something beyond capital letters says this is a person: a title or honorific, or a first name that
    /// the first-name table knows. "El Paso" and "Holy See" are capitalised pairs, not people.
    /// </summary>
    public bool Verified { get; private set; }

    /// <summary>
    /// Settles the canonical name, the titles in order of appearance, the gender the honorifics agree on (or, where
    /// none says, the first name's usual gender), and whether the entity is a verified person.
    /// </summary>
    public void Complete(List<NameMention> mentions, FirstNames firstNames)
    {
        mentionList?.Sort();
        var bestWords = 0;

        // A set beside the list once there are several titles: searching the list for each new title made a person
        // named under ever new titles quadratic.
        HashSet<string>? seen = null;
        foreach (var index in Mentions)
        {
            var mention = mentions[index];
            if (mention.NameWords > bestWords)
            {
                bestWords = mention.NameWords;
                Name = mention.Name;
            }

            if (mention.Title is { } title && IsNewTitle(title, ref seen))
            {
                (titles ??= []).Add(title);
            }
        }

        Gender = GenderSoFar;
        var given = (FirstName ?? Name).AsSpan();
        var space = given.IndexOf(' ');
        given = space > 0 ? given[..space] : given;
        var known = firstNames.TryGetGender(given, out var usual);
        if (Gender == Gender.Unknown && known)
        {
            Gender = usual;
        }

        Verified = known || AnyTitled(mentions);
    }

    private bool AnyTitled(List<NameMention> mentions)
    {
        foreach (var index in Mentions)
        {
            if (mentions[index].Titled)
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNewTitle(string title, ref HashSet<string>? seen)
    {
        if (seen is null && Titles.Count < 8)
        {
            return !Titles.Contains(title, StringComparer.OrdinalIgnoreCase);
        }

        seen ??= new HashSet<string>(Titles, StringComparer.OrdinalIgnoreCase);
        return seen.Add(title);
    }
}
