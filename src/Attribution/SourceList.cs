using Attribution.Speakers;

namespace Attribution;

/// <summary>
/// Builds <see cref="AttributionResult.People"/>: the people the people stage found (those it is sure of, and any other
/// that speaks), with the pronouns that name them as speakers among their mentions, and an entry for each described
/// source that speaks (<c>a spokesperson</c>, <c>the ministry</c>), with its kind. Then says which entry a speaker is.
/// </summary>
internal sealed class SourceList(AttributionContext context)
{
    private readonly HashSet<int> speaking = [];
    private readonly HashSet<int> seenMentions = [];
    private readonly List<Mention>?[] pronouns = new List<Mention>?[context.People.People.Count];
    private readonly Gender[] pronounGender = new Gender[context.People.People.Count];
    private readonly Dictionary<string, (List<Mention> Mentions, PersonKind Kind)> described = new(StringComparer.Ordinal);
    private int[] entryOfPerson = [];
    private Dictionary<string, int> entryOfDescribed = [];

    /// <summary>Records a speaker of a kept quotation, as its phrase named them.</summary>
    public void Add(SpeakerPhrase phrase, SpeakerIdentity speaker, Mention mention)
    {
        if (speaker.Person >= 0)
        {
            speaking.Add(speaker.Person);
            if (phrase.Kind == SpeakerKind.Pronoun && seenMentions.Add(mention.Start))
            {
                (pronouns[speaker.Person] ??= []).Add(mention);
                if (pronounGender[speaker.Person] == Gender.Unknown)
                {
                    pronounGender[speaker.Person] = GenderOf(mention.Text);
                }
            }

            return;
        }

        if (!described.TryGetValue(speaker.Name, out var source))
        {
            source = ([], phrase.Kind == SpeakerKind.Description ? DescriptionKind.Of(speaker.Name) : PersonKind.Person);
            described.Add(speaker.Name, source);
        }

        // A source's first mention always counts, even where the same words already named another speaker: an entry
        // has at least one mention.
        if (seenMentions.Add(mention.Start) || source.Mentions.Count == 0)
        {
            source.Mentions.Add(mention);
        }
    }

    /// <summary>The entries, in order of first mention.</summary>
    public List<Person> Build()
    {
        var entities = context.People.People;
        var describedList = described.ToList();

        // Sorted as two parallel arrays, each entry's first mention and who it is (a person's index, or the complement
        // of a described source's): a list of names holds a person every few characters, and this is all it costs.
        var count = describedList.Count;
        for (var p = 0; p < entities.Count; p++)
        {
            count += Listed(p) ? 1 : 0;
        }

        var firsts = new int[count];
        var who = new int[count];
        var n = 0;
        for (var p = 0; p < entities.Count; p++)
        {
            if (Listed(p))
            {
                // A pronoun names someone already named, so the name comes first.
                (firsts[n], who[n]) = (context.Mentions[entities[p].Mentions[0]].Span.Start, p);
                n++;
            }
        }

        for (var d = 0; d < describedList.Count; d++)
        {
            var mentions = describedList[d].Value.Mentions;
            mentions.Sort(static (a, b) => a.Start.CompareTo(b.Start));
            (firsts[n], who[n]) = (mentions[0].Start, ~d);
            n++;
        }

        Array.Sort(firsts, who);
        entryOfPerson = new int[entities.Count];
        entryOfDescribed = new Dictionary<string, int>(describedList.Count, StringComparer.Ordinal);
        var people = new List<Person>(count);
        foreach (var id in who)
        {
            if (id >= 0)
            {
                entryOfPerson[id] = people.Count;
                people.Add(Make(id));
            }
            else
            {
                var (name, (mentions, kind)) = describedList[~id];
                entryOfDescribed[name] = people.Count;
                people.Add(new Person(name, [], [.. mentions], Gender.Unknown, kind));
            }
        }

        return people;
    }

    // Capitalised pairs that nothing marks as people ("El Paso") stay out of the list unless they spoke.
    private bool Listed(int person) => context.People.People[person].Verified || speaking.Contains(person);

    private Person Make(int p)
    {
        var entity = context.People.People[p];
        var extra = pronouns[p];
        var mentions = new Mention[entity.Mentions.Length + (extra?.Count ?? 0)];
        var count = 0;
        foreach (var m in entity.Mentions)
        {
            var span = context.Mentions[m].Span;
            mentions[count++] = SpeakerResolver.MentionOf(context, span.Start, span.End);
        }

        if (extra is not null)
        {
            extra.CopyTo(mentions, count);
            Array.Sort(mentions, static (a, b) => a.Start.CompareTo(b.Start));
        }

        var gender = entity.Gender != Gender.Unknown ? entity.Gender : pronounGender[p];
        return new Person(entity.Name, entity.Titles.Count == 0 ? [] : [.. entity.Titles], mentions, gender);
    }

    /// <summary>The index in the list <see cref="Build"/> made of a speaker recorded by <see cref="Add"/>.</summary>
    public int EntryOf(SpeakerIdentity speaker) => speaker.Person >= 0 ? entryOfPerson[speaker.Person] : entryOfDescribed[speaker.Name];

    private static Gender GenderOf(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" => Gender.Male,
        "she" or "her" or "hers" or "herself" => Gender.Female,
        _ => Gender.Unknown,
    };
}
