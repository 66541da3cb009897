using Attribution.Quotes;

namespace Attribution.Speakers.Ranking;

/// <summary>
/// The binary features of one speaker candidate, as indices into a fixed table: which rule proposed it and with what
/// kind of phrase, whether it has a cue, how it resolves, how many other proposals name the same speaker, where its
/// words stand from the quotation (tokens, sentence, paragraph), whether it continues the previous quotation's
/// speaker, and how often the article names the person. The table's layout is data (<see cref="Groups"/>); the
/// weights file names every feature, so a weight can never be read against the wrong feature.
/// </summary>
internal static class CandidateFeatures
{
    private static readonly string[] Rules = Enum.GetNames<AttributionRule>();
    private static readonly string[] Kinds = Enum.GetNames<SpeakerKind>();
    private static readonly string[] QuoteKinds = Enum.GetNames<QuoteKind>();
    private static readonly string[] Distances = ["0-1", "2-4", "5-9", "10-19", "20-39", "40+"];

    /// <summary>Feature groups in table order: a name and the names of its values.</summary>
    public static readonly (string Name, string[] Values)[] Groups =
    [
        ("bias", ["1"]),
        ("rule", Rules),
        ("rule-kind", [.. Rules.SelectMany(r => Kinds.Select(k => r + "&" + k))]),
        ("rank", ["0", "1", "2", "3+"]),
        ("rule-cue", [.. Rules.SelectMany(r => new[] { r + "&cue", r + "&no-cue" })]),
        ("resolves-to", ["person-by-name", "unclustered-name", "person-by-pronoun", "person-by-role", "description"]),
        ("agreeing", ["0", "1", "2", "3+"]),
        ("agrees-with-first", ["first", "yes", "no"]),
        ("before-quote", Distances),
        ("after-quote", Distances),
        ("inside-quote", ["1"]),
        ("sentence", ["opening", "closing", "other"]),
        ("paragraph", ["same", "previous", "other"]),
        ("quote-kind", QuoteKinds),
        ("rule-partial", Rules),
        ("previous-speaker", ["same", "other", "none"]),
        ("mentions", ["1", "2", "3-4", "5+", "no-person"]),
        ("verified", ["yes", "no"]),
        ("candidates", ["1", "2", "3+"]),
    ];

    private static readonly int[] Offsets = MakeOffsets();

    /// <summary>How many features there are.</summary>
    public static int Count { get; } = Offsets[^1];

    /// <summary>The most features one candidate has.</summary>
    public const int MaxActive = 24;

    /// <summary>A feature's name, <c>group=value</c>, as the weights file writes it.</summary>
    public static string Describe(int feature)
    {
        var g = Array.BinarySearch(Offsets, feature);
        g = g >= 0 ? g : ~g - 1;
        return Groups[g].Name + "=" + Groups[g].Values[feature - Offsets[g]];
    }

    /// <summary>
    /// Writes the features of candidate <paramref name="index"/> of a quotation into <paramref name="features"/> and
    /// returns how many; <paramref name="resolved"/> holds every candidate's resolution (that candidate's is not null),
    /// <paramref name="previous"/> the previous quotation's speaker, or null when it has none.
    /// </summary>
    public static int Extract(
        AttributionContext context,
        int quote,
        ReadOnlySpan<SpeakerCandidate> candidates,
        ReadOnlySpan<SpeakerIdentity?> resolved,
        int index,
        SpeakerIdentity? previous,
        Span<int> features)
    {
        var n = 0;
        var decision = candidates[index].Decision;
        var phrase = decision.Speaker;
        var rule = (int)decision.Rule;
        var self = resolved[index]!.Value;
        var q = context.Quotes[quote];

        features[n++] = At(0, 0);
        features[n++] = At(1, rule);
        features[n++] = At(2, rule * Kinds.Length + (int)phrase.Kind);
        features[n++] = At(3, Math.Min(index, 3));
        features[n++] = At(4, rule * 2 + (decision.CueStart >= 0 ? 0 : 1));
        features[n++] = At(5, phrase.Kind switch
        {
            SpeakerKind.Name => self.Person >= 0 ? 0 : 1,
            SpeakerKind.Pronoun => 2,
            _ => self.Person >= 0 ? 3 : 4,
        });

        var agreeing = 0;
        var first = -1;
        for (var j = 0; j < candidates.Length; j++)
        {
            if (resolved[j] is not { } other)
            {
                continue;
            }

            first = first < 0 ? j : first;
            agreeing += j != index && other.SameSpeakerAs(self) ? 1 : 0;
        }

        features[n++] = At(6, Math.Min(agreeing, 3));
        features[n++] = At(7, first == index ? 0 : resolved[first]!.Value.SameSpeakerAs(self) ? 1 : 2);

        var last = q.LastToken(context.Document);
        if (phrase.EndToken <= q.OpenToken)
        {
            features[n++] = At(8, Bucket(q.OpenToken - phrase.EndToken));
        }
        else if (phrase.FirstToken > last)
        {
            features[n++] = At(9, Bucket(phrase.FirstToken - last - 1));
        }
        else
        {
            features[n++] = At(10, 0);
        }

        var sentence = context.Document.SentenceOfToken[phrase.FirstToken];
        features[n++] = At(11, sentence == context.Document.SentenceOfToken[q.OpenToken] ? 0
            : sentence == context.Document.SentenceOfToken[last] ? 1 : 2);
        var paragraph = context.Document.Sentences[sentence].Paragraph;
        features[n++] = At(12, paragraph == q.Paragraph ? 0 : paragraph == q.Paragraph - 1 ? 1 : 2);

        var kind = QuoteClassifier.Classify(context.Document, q);
        features[n++] = At(13, (int)kind);
        if (kind == QuoteKind.Partial)
        {
            features[n++] = At(14, rule);
        }

        features[n++] = At(15, previous is not { } p ? 2 : p.SameSpeakerAs(self) ? 0 : 1);
        var mentions = self.Person >= 0 ? context.People.People[self.Person].Mentions.Length : 0;
        features[n++] = At(16, mentions switch { 0 => 4, 1 => 0, 2 => 1, <= 4 => 2, _ => 3 });
        if (phrase.Kind == SpeakerKind.Name)
        {
            features[n++] = At(17, context.IsVerifiedPerson(phrase.Mention) ? 0 : 1);
        }

        features[n++] = At(18, Math.Min(candidates.Length, 3) - 1);
        return n;
    }

    private static int At(int group, int value) => Offsets[group] + value;

    private static int Bucket(int distance) => distance switch
    {
        <= 1 => 0,
        <= 4 => 1,
        <= 9 => 2,
        <= 19 => 3,
        <= 39 => 4,
        _ => 5,
    };

    private static int[] MakeOffsets()
    {
        var offsets = new int[Groups.Length + 1];
        for (var g = 0; g < Groups.Length; g++)
        {
            offsets[g + 1] = offsets[g] + Groups[g].Values.Length;
        }

        return offsets;
    }
}
