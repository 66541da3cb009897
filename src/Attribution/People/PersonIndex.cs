namespace Attribution.People;

/// <summary>
/// Merges name mentions into people. Full names merge when their surnames agree and their first names do not
/// clash; a lone surname (<c>Mr Lammy</c>, <c>Lammy</c>) joins the nearest earlier person with that surname, or the
/// first later one. The canonical name is the longest form seen; gender comes from honorifics.
/// </summary>
internal sealed class PersonIndex
{
    private readonly int[] personOfMention;

    private PersonIndex(List<PersonEntity> people, int[] personOfMention)
    {
        People = people;
        this.personOfMention = personOfMention;
    }

    public List<PersonEntity> People { get; }

    /// <summary>The person a mention belongs to, or -1 when the mention is not taken for a person.</summary>
    public int PersonOf(int mention) => personOfMention[mention];

    public static PersonIndex Build(List<NameMention> mentions, FirstNames firstNames)
    {
        var people = new List<PersonEntity>();
        var bySurname = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        var byFirstName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var personOf = new int[mentions.Count];
        Array.Fill(personOf, -1);

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.NameWords < 2)
            {
                continue;
            }

            var person = FindFullName(people, bySurname, mention);
            if (person < 0)
            {
                person = people.Count;
                people.Add(new PersonEntity());
                Add(bySurname, mention.Surname, person);
            }

            personOf[m] = person;
            people[person].Add(m, mention);
            if (mention.Knighted && mention.FirstName is not null)
            {
                byFirstName.TryAdd(mention.FirstName, person);
            }
        }

        for (var m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (mention.NameWords >= 2)
            {
                continue;
            }

            var person = FindBySurname(people, bySurname, byFirstName, mention);
            if (person < 0 && mention.Titled)
            {
                person = people.Count;
                people.Add(new PersonEntity());
                Add(bySurname, mention.Surname, person);
            }

            if (person >= 0)
            {
                personOf[m] = person;
                people[person].Add(m, mention);
            }
        }

        foreach (var person in people)
        {
            person.Complete(mentions, firstNames);
        }

        return new PersonIndex(people, personOf);
    }

    private static int FindFullName(List<PersonEntity> people, Dictionary<string, List<int>> bySurname, NameMention mention)
    {
        if (!bySurname.TryGetValue(mention.Surname, out var candidates))
        {
            return -1;
        }

        foreach (var candidate in candidates)
        {
            var firstName = people[candidate].FirstName;
            if (firstName is null || string.Equals(firstName, mention.FirstName, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return -1;
    }

    private static int FindBySurname(
        List<PersonEntity> people, Dictionary<string, List<int>> bySurname, Dictionary<string, int> byFirstName, NameMention mention)
    {
        if (!bySurname.TryGetValue(mention.Surname, out var candidates))
        {
            // "Sir Tom" for Sir Tom Hale: knights and dames are named by their first name.
            return mention.Knighted && byFirstName.TryGetValue(mention.Name, out var knight) ? knight : -1;
        }

        // The nearest person introduced before this mention whose gender does not clash with its honorific
        // ("Ms Berg" after "Ms Anna Berg and Mr Lars Berg"); otherwise the first one introduced after it.
        var best = -1;
        foreach (var candidate in candidates)
        {
            var gender = people[candidate].GenderSoFar;
            var clashes = mention.Gender != Gender.Unknown && gender != Gender.Unknown && gender != mention.Gender;
            if (!clashes && people[candidate].FirstStart <= mention.Span.Start)
            {
                best = candidate;
            }
        }

        return best >= 0 ? best : candidates[0];
    }

    private static void Add(Dictionary<string, List<int>> bySurname, string surname, int person)
    {
        if (!bySurname.TryGetValue(surname, out var list))
        {
            list = [];
            bySurname[surname] = list;
        }

        list.Add(person);
    }
}
