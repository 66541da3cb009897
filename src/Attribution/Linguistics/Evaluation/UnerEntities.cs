using Attribution.Linguistics.Conllu;

namespace Attribution.Linguistics.Evaluation;

/// <summary>
/// UniversalNER's IOB2 files over EWT: per sentence (by <c># sent_id</c>) the entities as word spans, which line up
/// with the EWT words of the same sentence.
/// </summary>
internal static class UnerEntities
{
    public static Dictionary<string, List<EntitySpan>> Read(string path)
    {
        var result = new Dictionary<string, List<EntitySpan>>(StringComparer.Ordinal);
        string? id = null;
        var labels = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                id = line[(line.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
            }
            else if (line.Length == 0)
            {
                if (id is not null)
                {
                    result[id] = Spans(labels);
                }

                id = null;
                labels.Clear();
            }
            else if (line[0] != '#')
            {
                labels.Add(line.Split('\t')[2]);
            }
        }

        return result;
    }

    /// <summary>The words of a treebank sentence count must match the labels read for it.</summary>
    public static bool Fits(ConlluSentence sentence, List<EntitySpan> spans) => spans.All(s => s.End <= sentence.Words.Count);

    private static List<EntitySpan> Spans(List<string> labels)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        EntityType type = default;
        for (var i = 0; i <= labels.Count; i++)
        {
            var label = i < labels.Count ? labels[i] : "O";
            var continues = label.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && TypeOf(label[2..]) == type;
            if (!continues && start >= 0)
            {
                spans.Add(new EntitySpan(start, i, type));
                start = -1;
            }

            if (!continues && label.Length > 2 && label[1] == '-' && TypeOf(label[2..]) is { } opened)
            {
                start = i;
                type = opened;
            }
        }

        return spans;
    }

    private static EntityType? TypeOf(string name) => name switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Organization,
        "LOC" => EntityType.Place,
        _ => null,
    };
}
