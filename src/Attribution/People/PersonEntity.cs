namespace Attribution.People;

/// <summary>One person as the people stage builds it: the mentions merged so far and what they say together.</summary>
internal sealed class PersonEntity
{
    public List<int> Mentions { get; } = [];

    public string Name { get; private set; } = "";

    public string? FirstName { get; private set; }

    public int FirstStart { get; private set; } = int.MaxValue;

    public Gender Gender { get; private set; }

    public List<string> Titles { get; } = [];

    private int male;
    private int female;

    /// <summary>The gender the honorifics seen so far agree on; settled by <see cref="Complete"/>.</summary>
    public Gender GenderSoFar => male > female ? Gender.Male : female > male ? Gender.Female : Gender.Unknown;

    public void Add(int index, NameMention mention)
    {
        Mentions.Add(index);
        FirstStart = Math.Min(FirstStart, mention.Span.Start);
        FirstName ??= mention.FirstName;
        male += mention.Gender == Gender.Male ? 1 : 0;
        female += mention.Gender == Gender.Female ? 1 : 0;
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
        Mentions.Sort();
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
                Titles.Add(title);
            }
        }

        Gender = GenderSoFar;
        var given = FirstName ?? Name;
        var space = given.IndexOf(' ', StringComparison.Ordinal);
        given = space > 0 ? given[..space] : given;
        var known = firstNames.TryGetGender(given, out var usual);
        if (Gender == Gender.Unknown && known)
        {
            Gender = usual;
        }

        Verified = known || Mentions.Exists(m => mentions[m].Titled);
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
