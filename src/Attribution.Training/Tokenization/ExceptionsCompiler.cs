using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Training.Tokenization;

/// <summary>
/// Compiles the word-splitting exceptions from training treebanks: for every token of the text stage, the way the
/// treebank divides it into words; a form enters the table when the treebank divides it one way in most of its
/// occurrences (at least <see cref="MinCount"/>), and that way is not what the general rules do. Before the forms,
/// the prefixes that keep their hyphen: a token's letters before its first hyphen (<c>non-</c>, <c>re-</c>) enter
/// when the treebanks keep that hyphen inside the word in most of the tokens it starts, across several different
/// tokens (so that one name, <c>Chi-Wai</c>, is a form, not a prefix); the forms are then compiled against rules
/// that know those prefixes. A word and the full stop the text stage cut from it (<c>Wed</c>, <c>.</c>) count as
/// one form, which enters whole when the treebanks write it as one word.
/// </summary>
internal static class ExceptionsCompiler
{
    private const int MinCount = 2;

    /// <summary>
    /// A word cut before a final bare <c>s</c> (<c>cats</c> as <c>cat</c> + <c>s</c>): the web treebanks' typed-out
    /// possessives, which in edited news are plurals and verbs (<c>lets</c>, <c>jacks</c>) and must stay whole. A
    /// pronoun's (<c>thats</c>, <c>hes</c>: <c>that</c> + <c>s</c>) is a contraction typed without its apostrophe,
    /// which no plural spells, and enters.
    /// </summary>
    private static bool IsBareSuffixS(string form, string pattern) =>
        (pattern.EndsWith(",1", StringComparison.Ordinal) || pattern.EndsWith("|1", StringComparison.Ordinal)) && (form[^1] | 0x20) == 's' && char.IsLetter(form[^2]);

    public static List<KeyValuePair<string, byte[]>> Compile(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = TreebankText.Build(sentences);
        var tokenStarts = text.Tokens.SelectMany(t => t).Select(t => t.Start).ToHashSet();
        var goldStarts = new HashSet<int>();
        var goldEnds = new HashSet<int>();
        foreach (var sentence in text.Words)
        {
            foreach (var word in sentence)
            {
                goldStarts.Add(word.Start);
                goldEnds.Add(word.End);
            }
        }

        var pronouns = new HashSet<int>();
        var tagCounts = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var w = 0; w < sentences[s].Words.Count; w++)
            {
                var word = sentences[s].Words[w];
                if (word.Upos == "PRON")
                {
                    pronouns.Add(text.Words[s][w].Start);
                }

                Count(tagCounts, WordExceptions.Key(word.Form), word.Upos);
            }
        }

        // Words the treebanks tag as function words or adverbs most of the time (not, the, really), which cannot
        // follow a possessive: a pronoun's typed-out contraction splits before one already when seen once.
        var functionWords = tagCounts.Where(p => p.Value.MaxBy(c => c.Value).Key is "DET" or "PART" or "ADV" or "ADP" or "AUX" or "PRON" or "SCONJ" or "CCONJ")
            .Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);

        using var document = Document.Parse(text.Text, Tokenizer.Instance);
        var allTokens = document.Tokens.ToArray();
        var paragraphEnd = new int[allTokens.Length];
        foreach (var paragraph in document.Paragraphs)
        {
            Array.Fill(paragraphEnd, paragraph.EndToken, paragraph.FirstToken, paragraph.EndToken - paragraph.FirstToken);
        }

        var candidates = Enumerable.Range(0, allTokens.Length).Where(t =>
            allTokens[t].Kind is TokenKind.Word or TokenKind.Number && allTokens[t].Length >= 2 && allTokens[t].Length <= 32 &&
            goldStarts.Contains(allTokens[t].Start) && goldEnds.Contains(allTokens[t].End)).ToList();
        var prefixes = Prefixes(text.Text, [.. candidates.Select(t => allTokens[t])], goldStarts, goldEnds);
        var rules = new WordExceptions(prefixes);
        var patterns = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var beforePatterns = new Dictionary<string, Dictionary<string, int>>(StringComparer.OrdinalIgnoreCase);
        var rulePatterns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var pronounSplits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var splits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        using var words = new PooledList<Word>();
        foreach (var t in candidates)
        {
            var token = allTokens[t];

            // The treebank's division of the token: its word boundaries inside it, and which of them are also
            // surface-token boundaries.
            var lengths = new List<byte>();
            var start = token.Start;
            for (var i = token.Start + 1; i <= token.End; i++)
            {
                if (i == token.End || (goldEnds.Contains(i) && goldStarts.Contains(i)))
                {
                    var newToken = lengths.Count > 0 && tokenStarts.Contains(start);
                    lengths.Add((byte)((i - start) | (newToken ? WordExceptions.NewToken : 0)));
                    start = i;
                }
            }

            var form = WordExceptions.Key(text.Text[token.Start..token.End]);
            if (!rulePatterns.ContainsKey(form))
            {
                words.Clear();
                WordSplitter.Split(text.Text, [token], rules, words);
                rulePatterns[form] = WordExceptions.FormatPattern(
                    [.. words.AsSpan().ToArray().Select((w, k) => (byte)(w.Length | (k > 0 && !w.ContinuesToken ? WordExceptions.NewToken : 0)))]);
            }

            var pattern = WordExceptions.FormatPattern(lengths);
            Count(patterns, form, pattern);
            if (t + 1 < paragraphEnd[t] && allTokens[t + 1].Start > token.End)
            {
                Count(beforePatterns, WordExceptions.BeforeKey(form, text.Text.AsSpan(allTokens[t + 1].Start, allTokens[t + 1].Length)), pattern);
            }

            if (lengths.Count > 1)
            {
                splits[form] = splits.GetValueOrDefault(form) + 1;
                pronounSplits[form] = pronounSplits.GetValueOrDefault(form) + (pronouns.Contains(token.Start) ? 1 : 0);
            }
        }

        // An abbreviation the text stage cuts from its full stop (Wed, .) that the treebank writes as one word: the
        // rules keep the two apart, so an entry that keeps the form whole joins them.
        var cut = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var t = 0; t + 1 < allTokens.Length; t++)
        {
            var (word, stop) = (allTokens[t], allTokens[t + 1]);
            if (word.Kind != TokenKind.Word || stop.Start != word.End || stop.Length != 1 || text.Text[stop.Start] != '.' ||
                !goldStarts.Contains(word.Start) || !goldEnds.Contains(stop.End) || word.Length + 1 > 32)
            {
                continue;
            }

            var form = WordExceptions.Key(text.Text[word.Start..stop.End]);
            var whole = !goldEnds.Contains(word.End);
            cut.Add(form);
            rulePatterns.TryAdd(form, $"{word.Length}|1");
            Count(patterns, form, whole ? $"{word.Length + 1}" : $"{word.Length}|1");
        }

        var entries = new List<KeyValuePair<string, byte[]>>();
        var decided = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, counts) in patterns)
        {
            decided[form] = rulePatterns[form];
            if (Decide(counts, form, pronounSplits) is { } best && (best != rulePatterns[form] || (cut.Contains(form) && best == $"{form.Length}")))
            {
                entries.Add(new(form.ToLowerInvariant(), WordExceptions.ParsePattern(best)));
                decided[form] = best;
            }
        }

        // A form the treebank keeps whole in general but splits before some word (its + not: it + s, not).
        foreach (var (key, counts) in beforePatterns)
        {
            var form = key[..key.IndexOf(' ', StringComparison.Ordinal)];
            var contraction = 2 * pronounSplits.GetValueOrDefault(form) > splits.GetValueOrDefault(form) && pronounSplits.GetValueOrDefault(form) >= MinCount;
            var minCount = contraction && functionWords.Contains(key[(form.Length + 1)..]) ? 1 : MinCount;
            if (!decided[form].Contains(',', StringComparison.Ordinal) && !decided[form].Contains('|', StringComparison.Ordinal) &&
                Decide(counts, form, pronounSplits, minCount) is { } best && best != decided[form])
            {
                entries.Add(new(key.ToLowerInvariant(), WordExceptions.ParsePattern(best)));
            }
        }

        // Forms that differ only in case were counted together; keep one entry per lower-case form.
        return [.. entries.Concat(prefixes).GroupBy(e => e.Key, StringComparer.Ordinal).Select(g => g.First()).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> patterns, string form, string pattern)
    {
        if (!patterns.TryGetValue(form, out var counts))
        {
            patterns[form] = counts = new Dictionary<string, int>();
        }

        counts[pattern] = counts.GetValueOrDefault(pattern) + 1;
    }

    /// <summary>The division the treebank gives a form in most of its occurrences, at least <see cref="MinCount"/>, or null.</summary>
    private static string? Decide(Dictionary<string, int> counts, string form, Dictionary<string, int> pronounSplits, int minCount = MinCount)
    {
        var total = counts.Values.Sum();
        var (best, bestCount) = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First();
        var contraction = 2 * pronounSplits.GetValueOrDefault(form) > bestCount;
        return bestCount >= minCount && 2 * bestCount > total && (contraction || !IsBareSuffixS(form, best)) ? best : null;
    }

    /// <summary>
    /// The prefixes that keep their hyphen, as entries of one word (<c>non-</c>: 4): the letters before a token's first
    /// hyphen, when the treebank keeps the hyphen inside the word in most of that prefix's tokens, in at least
    /// <see cref="MinPrefixForms"/> different ones.
    /// </summary>
    private static List<KeyValuePair<string, byte[]>> Prefixes(string text, List<Token> tokens, HashSet<int> goldStarts, HashSet<int> goldEnds)
    {
        var kept = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var keptCount = new Dictionary<string, int>(StringComparer.Ordinal);
        var cutCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var form = token.Of(text);
            var hyphen = form.IndexOf('-');
            if (hyphen < 1 || hyphen + 1 >= form.Length || form[..hyphen].ContainsAnyExcept(Letters) || !char.IsLetterOrDigit(form[hyphen + 1]))
            {
                continue;
            }

            var prefix = form[..(hyphen + 1)].ToString().ToLowerInvariant();
            var at = token.Start + hyphen;
            if (goldEnds.Contains(at) && goldStarts.Contains(at))
            {
                cutCount[prefix] = cutCount.GetValueOrDefault(prefix) + 1;
            }
            else if (!goldEnds.Contains(at) && !goldStarts.Contains(at + 1))
            {
                keptCount[prefix] = keptCount.GetValueOrDefault(prefix) + 1;
                if (!kept.TryGetValue(prefix, out var forms))
                {
                    kept[prefix] = forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                }

                forms.Add(form.ToString());
            }
        }

        return [.. kept.Where(p => p.Value.Count >= MinPrefixForms && keptCount[p.Key] > cutCount.GetValueOrDefault(p.Key))
            .Select(p => new KeyValuePair<string, byte[]>(p.Key, [(byte)p.Key.Length]))
            .OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    private const int MinPrefixForms = 3;

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
