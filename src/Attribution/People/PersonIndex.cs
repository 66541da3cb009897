using Attribution.Text;

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

    // A lone surname looks among this many of the latest people of that surname introduced before it: a court
    // docket or a casualty list names thousands of Smiths, and looking through all of them for every "Mr Smith" was
    // quadratic.
    private const int NamesakesSearched = 64;

    // Surnames are projected early, after this many mentions: in a list of names each is a new entry, and a table
    // doubled up to the first regular projection would have cost a fifth of the list again.
    private const int FirstProjection = 256;

    public static PersonIndex Build(List<NameMention> mentions, FirstNames firstNames, CancellationToken cancellationToken = default)
    {
        // Only a full name can start a person here, and nearly every one does in a list of names: sized for them,
        // the list never regrows; news, naming a few people many times, keeps it small. Surnames repeat, so their
        // tables are sized from the rate they fill at instead.
        var fullNames = 0;
        foreach (var mention in mentions)
        {
            fullNames += mention.NameWords >= 2 ? 1 : 0;
        }

        var people = new List<PersonEntity>(fullNames + 4);
        var namesakes = new Namesakes();
        var byFirstName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var personOf = new int[mentions.Count];
        Array.Fill(personOf, -1);

        for (var m = 0; m < mentions.Count; m++)
        {
            if ((m & (Growth.ProjectEvery - 1)) == 0 || m == FirstProjection)
            {
                cancellationToken.ThrowIfCancellationRequested();
                namesakes.Anticipate(m, mentions.Count);
            }

            var mention = mentions[m];
            if (mention.NameWords < 2)
            {
                continue;
            }

            var person = namesakes.FindFullName(people, mention.Surname, mention.FirstName);
            var isNew = person < 0;
            if (isNew)
            {
                person = people.Count;
                people.Add(new PersonEntity());
            }

            var hadFirstName = people[person].FirstName is not null;
            personOf[m] = person;
            people[person].Add(m, mention);
            if (isNew)
            {
                namesakes.Add(people, mention.Surname, person, titled: false);
            }
            else if (!hadFirstName && people[person].FirstName is { } given)
            {
                namesakes.Named(mention.Surname, person, given);
            }

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

            var person = namesakes.FindBySurname(people, mention.Surname, mention.Span.Start, mention.Gender, NamesakesSearched);
            if (person < 0 && mention.Knighted && byFirstName.TryGetValue(mention.Name, out var knight))
            {
                // "Sir Tom" for Sir Tom Hale: knights and dames are named by their first name.
                person = knight;
            }

            if (person < 0 && mention.Titled)
            {
                person = people.Count;
                people.Add(new PersonEntity());
                people[person].Add(m, mention);
                namesakes.Add(people, mention.Surname, person, titled: true);
            }
            else if (person >= 0)
            {
                people[person].Add(m, mention);
            }

            if (person >= 0)
            {
                personOf[m] = person;
            }
        }

        foreach (var person in people)
        {
            person.Complete(mentions, firstNames);
        }

        return new PersonIndex(people, personOf);
    }
}
