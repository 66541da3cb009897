namespace Attribution.Cli.Reports;

/// <summary>What one speaker said in an article: how many quotations of each kind, and how many words.</summary>
/// <param name="Name">The speaker's canonical name, or <see langword="null"/> for quotations nobody was found for.</param>
/// <param name="Gender">The person's gender, where the speaker is a person the article names; else unknown.</param>
/// <param name="Quotes">How many quotations.</param>
/// <param name="Words">How many words they hold together.</param>
/// <param name="Kinds">How many of each kind, in the order of <see cref="QuoteKind"/>; kinds with none left out.</param>
internal sealed record SpeakerSummary(string? Name, Gender Gender, int Quotes, int Words, IReadOnlyList<(QuoteKind Kind, int Count)> Kinds)
{
    /// <summary>
    /// One summary per speaker, most quoted first (ties in order of first quotation), and the quotations without a
    /// speaker last.
    /// </summary>
    public static IReadOnlyList<SpeakerSummary> Of(AttributionResult result)
    {
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        foreach (var person in result.People)
        {
            genders.TryAdd(person.Name, person.Gender);
        }

        var groups = new Dictionary<string, List<Quotation>>(StringComparer.Ordinal);
        var order = new List<string>();
        var unattributed = new List<Quotation>();
        foreach (var quote in result.Quotes)
        {
            if (quote.Speaker is not { } speaker)
            {
                unattributed.Add(quote);
                continue;
            }

            if (!groups.TryGetValue(speaker.Name, out var quotes))
            {
                groups[speaker.Name] = quotes = [];
                order.Add(speaker.Name);
            }

            quotes.Add(quote);
        }

        // A stable sort keeps first-quotation order among speakers quoted equally often.
        var summaries = order
            .OrderByDescending(name => groups[name].Count)
            .Select(name => Summarise(name, genders.GetValueOrDefault(name), groups[name]))
            .ToList();
        if (unattributed.Count > 0)
        {
            summaries.Add(Summarise(null, Gender.Unknown, unattributed));
        }

        return summaries;
    }

    /// <summary>Words as a reader counts them: runs of characters between white space that hold a letter or a digit.</summary>
    public static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        var counted = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
                continue;
            }

            if (!inWord)
            {
                inWord = true;
                counted = false;
            }

            if (!counted && char.IsLetterOrDigit(c))
            {
                words++;
                counted = true;
            }
        }

        return words;
    }

    private static SpeakerSummary Summarise(string? name, Gender gender, List<Quotation> quotes) =>
        new(
            name,
            gender,
            quotes.Count,
            quotes.Sum(quote => CountWords(quote.Text)),
            [.. quotes.GroupBy(quote => quote.Kind).OrderBy(group => group.Key).Select(group => (group.Key, group.Count()))]);
}
