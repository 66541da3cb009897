using Attribution.Linguistics.Conllu;
using Attribution.People;

namespace Attribution.Linguistics.Evaluation;

/// <summary>
/// Named entities from GUM's entity annotation, in UniversalNER's conventions. GUM marks every mention
/// (<c>Entity=(6-person-…</c> … <c>6)</c>), named or not, with its full noun phrase, typed by what it refers to;
/// UniversalNER, which the recogniser is scored against, marks names only, without determiners, titles or
/// possessive endings, and types a name by what it names (a country is a place even when it acts).
/// </summary>
/// <remarks>
/// A person, organisation or place mention counts when its head word, or failing that a name the head introduces
/// (<c>Mathematician Hermann Weyl</c>), is a capitalised proper noun that is not a title word (<c>Emperor</c> of the
/// United States is a role, the United States a name), is not plural for a person
/// (<c>the Palestinians</c> is a group, not a name) and takes no determiner but <c>the</c> (<c>our Nation</c>).
/// Its name is the run of capitalised words around the head that belong to the head's own name in the tree: joined
/// by <c>flat</c> and <c>compound</c>, and for organisations and places also by modifiers and by <c>of</c>-phrases
/// (<c>University of Portsmouth</c>, <c>National Library of the Netherlands</c>), never by a coordination or
/// apposition at the head (<c>Tulsa, Sand Springs and Jenks</c> are three names), keeping a possessive that is part
/// of an organisation's or place's name as UniversalNER does (<c>King's College</c>, <c>Powell's</c> the shop), with
/// a person's leading title (<c>President</c>, <c>Dr.</c>) cut off. A name inside a longer name (<c>Durham</c> in <c>Durham
/// University</c>) is left to the longer one. Finally a name that the treebank annotates more often as a place than
/// as what a mention calls it takes the place type (<c>England</c> the team, <c>Russia</c> the government).
/// </remarks>
internal static class GumEntities
{

    /// <summary>Words that join the parts of one name.</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "&", "-", "for", "the", "upon" };

    /// <summary>Relations by which a word is part of a person's name.</summary>
    private static readonly HashSet<string> PersonNameRelations = new(StringComparer.Ordinal) { "flat", "flat:name", "flat:foreign", "compound", "goeswith", "fixed", "punct", "nummod" };

    /// <summary>Relations that never join the parts of an organisation's or place's name: they attach another phrase.</summary>
    private static readonly HashSet<string> BreakingRelations = new(StringComparer.Ordinal)
    {
        "acl", "acl:relcl", "parataxis", "nmod:poss", "list", "advcl", "obl", "dislocated", "vocative", "orphan", "reparandum", "dep",
    };

    /// <summary>The named entities of each sentence of a treebank (or one of its files), in order.</summary>
    public static List<EntitySpan>[] Of(IReadOnlyList<ConlluSentence> sentences)
    {
        var named = new List<(EntitySpan Span, string Name)>[sentences.Count];
        var types = new Dictionary<string, int[]>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            named[s] = Names(sentences[s]);
            foreach (var (span, name) in named[s])
            {
                if (!types.TryGetValue(name, out var counts))
                {
                    types[name] = counts = new int[EntityType.Place - EntityType.Person + 1];
                }

                counts[(int)span.Type]++;
            }
        }

        var result = new List<EntitySpan>[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = [];
            foreach (var (span, name) in named[s])
            {
                var counts = types[name];
                var literal = counts[(int)EntityType.Place] > counts[(int)span.Type] ? EntityType.Place : span.Type;
                result[s].Add(span with { Type = literal });
            }
        }

        return result;
    }

    /// <summary>The named entities of one sentence as GUM types them (no place reading from the rest of the file).</summary>
    public static List<EntitySpan> Of(ConlluSentence sentence) => [.. Names(sentence).Select(n => n.Span)];

    private static List<(EntitySpan Span, string Name)> Names(ConlluSentence sentence)
    {
        var words = sentence.Words;
        var named = new List<EntitySpan>();
        var mentions = Mentions(sentence);
        foreach (var (start, end, type) in mentions)
        {
            EntityType? entityType = type switch
            {
                "person" => EntityType.Person,
                "organization" => EntityType.Organization,
                "place" => EntityType.Place,
                _ => null,
            };
            var head = HeadOf(sentence, start, end);
            if (entityType is not { } kind || head < 0)
            {
                continue;
            }

            var introducer = -1;
            if (!IsNameHead(sentence, head, kind))
            {
                introducer = head;
                if ((head = NamedByChild(sentence, start, end, head, kind)) < 0)
                {
                    continue;
                }
            }

            var (from, to) = NameRun(sentence, start, end, head, introducer, kind, mentions);
            if (kind == EntityType.Person)
            {
                for (var w = head - 1; w >= from; w--)
                {
                    if (NameLexicon.Default.IsTitleWord(words[w].Form))
                    {
                        from = w + 1;
                        break;
                    }
                }
            }

            named.Add(new EntitySpan(from, to, kind));
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
        return [.. kept.Select(k => (k, string.Join(' ', words.Skip(k.Start).Take(k.End - k.Start).Select(w => w.Form))))];
    }

    private static bool IsNameHead(ConlluSentence sentence, int head, EntityType type)
    {
        var word = sentence.Words[head];
        // Words such as Party, Court or Board qualify titles (Party Leader) but head bodies' names (Labour Party).
        var title = type == EntityType.Person
            ? NameLexicon.Default.IsTitleWord(word.Form)
            : (NameLexicon.Default.Classify(word.Form) & (NameWord.Honorific | NameWord.Head)) != 0;
        if (word.Upos != "PROPN" || !IsCapitalised(word.Form) || title ||
            (type == EntityType.Person && word.Xpos == "NNPS"))
        {
            return false;
        }

        for (var w = 0; w < sentence.Words.Count; w++)
        {
            var dependent = sentence.Words[w];
            if (dependent.Head - 1 == head &&
                ((dependent.Relation == "det" && !dependent.Form.Equals("the", StringComparison.OrdinalIgnoreCase)) ||
                 (dependent.Relation == "nmod:poss" && dependent.Upos == "PRON")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The name a common noun or a title introduces, as a <c>flat</c> or appositive child (<c>Mathematician Hermann
    /// Weyl</c>, <c>his brother Alfred</c>, <c>Emperor Norton</c>), or -1.
    /// </summary>
    private static int NamedByChild(ConlluSentence sentence, int start, int end, int head, EntityType type)
    {
        for (var w = start; w < end; w++)
        {
            var word = sentence.Words[w];
            if (word.Head - 1 == head && word.Relation is "flat" or "flat:name" or "appos" && IsNameHead(sentence, w, type))
            {
                return w;
            }
        }

        return -1;
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

    /// <summary>The words around <paramref name="head"/> that spell its name: see the remarks on the class.</summary>
    private static (int From, int To) NameRun(
        ConlluSentence sentence, int start, int end, int head, int introducer, EntityType type, List<(int Start, int End, string Type)> mentions)
    {
        var words = sentence.Words;
        // A possessive inside an organisation's or place's name is part of it (King's College, a shop called
        // Powell's), where the possessor is no mention of its own (Tehran's museum) and the name is not itself
        // a possessor (Columbia University's project).
        bool IsNamePossessive(int w)
        {
            if (type == EntityType.Person || words[w].Form is not ("'s" or "’s" or "'" or "’") || words[w].Relation != "case")
            {
                return false;
            }

            var possessor = words[w].Head - 1;
            return possessor == head ? words[head].Relation != "nmod:poss" : IsNamePossessor(possessor);
        }

        bool IsNamePossessor(int w) =>
            type != EntityType.Person && w >= start && w + 2 < end && words[w].Relation == "nmod:poss" && words[w].Head - 1 == w + 2 &&
            words[w + 1].Form is "'s" or "’s" or "'" or "’" && IsCapitalised(words[w].Form) &&
            !mentions.Any(m => m.Start >= w && m.End <= w + 2 && (m.Start, m.End) != (start, end));
        bool IsConnector(int w) =>
            Connectors.Contains(words[w].Form) || IsParticle(w) ||
            (type == EntityType.Organization && words[w].Form.Equals("on", StringComparison.OrdinalIgnoreCase));
        bool IsParticle(int w) => (NameLexicon.Default.Classify(words[w].Form) & NameWord.Particle) != 0 && !IsCapitalised(words[w].Form);
        bool IsNameWord(int w) =>
            BelongsTo(sentence, w, head, introducer, type, start, end, IsNamePossessor) &&
            (IsCapitalised(words[w].Form) || (char.IsDigit(words[w].Form[0]) && w != head) || IsConnector(w) || IsNamePossessive(w));

        var from = head;
        while (from - 1 >= start && IsNameWord(from - 1))
        {
            from--;
        }

        var to = head + 1;
        while (to < end && IsNameWord(to))
        {
            to++;
        }

        // A name neither opens nor ends on a joining word, but a person's may open on a particle (bin Laden).
        while (from < head && IsConnector(from) && !(type == EntityType.Person && IsParticle(from)))
        {
            from++;
        }

        while (to - 1 > head && IsConnector(to - 1))
        {
            to--;
        }

        return (from, to);
    }

    /// <summary>
    /// Whether word <paramref name="w"/> hangs from <paramref name="head"/> by relations that keep it in the name; a
    /// name's head introduced by a common noun shares with it the flat parts the noun holds (Hermann and Weyl in
    /// <c>Mathematician Hermann Weyl</c> both hang from Mathematician).
    /// </summary>
    private static bool BelongsTo(ConlluSentence sentence, int w, int head, int introducer, EntityType type, int start, int end, Func<int, bool> isNamePossessor)
    {
        var words = sentence.Words;
        for (var steps = 0; w != head && steps < words.Count; steps++)
        {
            var parent = words[w].Head - 1;
            var relation = words[w].Relation;
            if (parent < start || parent >= end)
            {
                return false;
            }

            if (parent == introducer && relation is "flat" or "flat:name" && words[head].Relation is "flat" or "flat:name")
            {
                return true;
            }

            var joins = type == EntityType.Person
                ? PersonNameRelations.Contains(relation)
                : (!BreakingRelations.Contains(relation) || (relation == "nmod:poss" && isNamePossessor(w))) &&
                  !(relation == "conj" && parent == head && !HasAmpersand(sentence, w)) &&
                  !(relation == "appos" && !Adjacent(sentence, w, parent)) &&
                  !(relation == "nmod" && !HasJoiningCase(sentence, w, type));
            if (!joins)
            {
                return false;
            }

            w = parent;
        }

        return w == head;
    }

    /// <summary>Whether a conjunct is joined by <c>&amp;</c>, as in a firm's name (<c>Marks &amp; Spencer</c>).</summary>
    private static bool HasAmpersand(ConlluSentence sentence, int w)
    {
        for (var d = 0; d < sentence.Words.Count; d++)
        {
            if (sentence.Words[d].Head - 1 == w && sentence.Words[d].Relation == "cc")
            {
                return sentence.Words[d].Form == "&";
            }
        }

        return false;
    }

    /// <summary>Whether an apposition follows its head with nothing between (<c>River Ouse</c>, not <c>York, England</c>).</summary>
    private static bool Adjacent(ConlluSentence sentence, int w, int parent) => w == parent + 1 || w == parent - 1;

    /// <summary>
    /// Whether an <c>nmod</c> is marked by a joining word (<c>of</c> Portsmouth), not a locating one (<c>on</c>
    /// Lolland); a body's remit is part of its name (the Council <c>on</c> Foreign Relations).
    /// </summary>
    private static bool HasJoiningCase(ConlluSentence sentence, int w, EntityType type)
    {
        for (var d = 0; d < sentence.Words.Count; d++)
        {
            if (sentence.Words[d].Head - 1 == w && sentence.Words[d].Relation == "case")
            {
                return Connectors.Contains(sentence.Words[d].Form) ||
                       (type == EntityType.Organization && sentence.Words[d].Form.Equals("on", StringComparison.OrdinalIgnoreCase)) ||
                       (NameLexicon.Default.Classify(sentence.Words[d].Form) & NameWord.Particle) != 0;
            }
        }

        return true;
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
