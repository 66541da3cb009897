using Attribution.Linguistics.Conllu;
using Attribution.People;

namespace Attribution.Linguistics.Evaluation;

/// <summary>
/// Named entities from GUM's entity annotation. GUM marks every mention (<c>Entity=(6-person-…</c> … <c>6)</c>),
/// named or not, with its full noun phrase; UniversalNER, which the recogniser is scored against, marks names only,
/// without determiners or titles. So a person, organisation or place mention counts when its head word is a proper
/// noun that is not a title word (<c>Emperor</c> of the United States is a role, the United States a name), and its
/// span shrinks to the run of capitalised words around the head (GUM tags <c>National</c> and <c>United</c> as
/// adjective and verb inside names), with <c>of</c>, <c>and</c>, <c>&amp;</c> and hyphens inside it
/// (<c>University of Portsmouth</c>), less a leading title (<c>President</c>, <c>Dr.</c>) or article. A name inside a
/// longer name (<c>Durham</c> in <c>Durham University</c>) is left to the longer one.
/// </summary>
internal static class GumEntities
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "&", "-", "de", "for", "the", "on", "upon" };

    public static List<EntitySpan> Of(ConlluSentence sentence)
    {
        var mentions = Mentions(sentence);
        var named = new List<EntitySpan>();
        foreach (var (start, end, type) in mentions)
        {
            var entityType = type switch
            {
                "person" => EntityType.Person,
                "organization" => EntityType.Organization,
                "place" => EntityType.Place,
                _ => (EntityType?)null,
            };
            if (entityType is null)
            {
                continue;
            }

            var head = HeadOf(sentence, start, end);
            if (head < 0 || sentence.Words[head].Upos != "PROPN" || !IsCapitalised(sentence.Words[head].Form) ||
                NameLexicon.Default.IsTitleWord(sentence.Words[head].Form))
            {
                continue;
            }

            var (from, to) = NameRun(sentence, start, end, head);
            while (from < head && (sentence.Words[from].Upos == "DET" ||
                                   (entityType == EntityType.Person && NameLexicon.Default.IsTitleWord(sentence.Words[from].Form))))
            {
                from++;
            }

            if (from < to)
            {
                named.Add(new EntitySpan(from, to, entityType.Value));
            }
        }

        // Outer names win over names nested in them; of two overlapping, the longer.
        var kept = new List<EntitySpan>();
        foreach (var span in named.OrderByDescending(s => s.End - s.Start).ThenBy(s => s.Start))
        {
            if (!kept.Any(k => k.Start < span.End && span.Start < k.End))
            {
                kept.Add(span);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>The first word of the span whose head lies outside it.</summary>
    private static int HeadOf(ConlluSentence sentence, int start, int end)
    {
        for (var w = start; w < end; w++)
        {
            var head = sentence.Words[w].Head - 1;
            if (head < start || head >= end)
            {
                return w;
            }
        }

        return -1;
    }

    private static (int From, int To) NameRun(ConlluSentence sentence, int start, int end, int head)
    {
        bool IsProper(int w) => IsCapitalised(sentence.Words[w].Form) || (char.IsDigit(sentence.Words[w].Form[0]) && w != head);
        bool IsConnector(int w) => Connectors.Contains(sentence.Words[w].Form);

        var from = head;
        while (from - 1 >= start && (IsProper(from - 1) || (IsConnector(from - 1) && from - 2 >= start && IsProper(from - 2))))
        {
            from--;
        }

        var to = head + 1;
        while (to < end && (IsProper(to) || (IsConnector(to) && to + 1 < end && IsProper(to + 1))))
        {
            to++;
        }

        return (from, to);
    }

    private static bool IsCapitalised(string form) => form.Length > 0 && char.IsUpper(form[0]);

    /// <summary>Every mention of the sentence as (first word, end word, entity type).</summary>
    private static List<(int Start, int End, string Type)> Mentions(ConlluSentence sentence)
    {
        var open = new Dictionary<string, Stack<(int Start, string Type)>>(StringComparer.Ordinal);
        var mentions = new List<(int, int, string)>();
        for (var w = 0; w < sentence.Words.Count; w++)
        {
            var value = ConlluMisc.Get(sentence.Words[w].Misc, "Entity");
            if (value is null)
            {
                continue;
            }

            var i = 0;
            while (i < value.Length)
            {
                if (value[i] == '(')
                {
                    var j = i + 1;
                    while (j < value.Length && value[j] is not ('(' or ')'))
                    {
                        j++;
                    }

                    var fields = value[(i + 1)..j].Split('-');
                    var id = fields[0];
                    var type = fields.Length > 1 ? fields[1] : "";
                    if (j < value.Length && value[j] == ')')
                    {
                        mentions.Add((w, w + 1, type));
                        i = j + 1;
                    }
                    else
                    {
                        if (!open.TryGetValue(id, out var stack))
                        {
                            open[id] = stack = new Stack<(int, string)>();
                        }

                        stack.Push((w, type));
                        i = j;
                    }
                }
                else
                {
                    var j = value.IndexOf(')', i);
                    if (j < 0)
                    {
                        break;
                    }

                    var id = value[i..j];
                    if (open.TryGetValue(id, out var stack) && stack.Count > 0)
                    {
                        var (start, type) = stack.Pop();
                        mentions.Add((start, w + 1, type));
                    }

                    i = j + 1;
                }
            }
        }

        return mentions;
    }
}
