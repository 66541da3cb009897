using Attribution.Text;

namespace Attribution.Linguistics.Evaluation;

/// <summary>
/// Scores a system's analysis of a raw text against the gold one the way the CoNLL 2018 shared task does: tokens,
/// sentences and words count when their spans match; a word's UPOS and XPOS count when the word is aligned and the tag
/// matches; UAS when its head is the word aligned to the gold head (or both are roots), LAS when the relation's
/// universal part (before the colon) matches too. Each is an F1 over gold and system counts, so that splitting or
/// merging words costs precision or recall. Both sides index the same text, so alignment is by span; the treebanks'
/// multiword tokens are substrings split in place, which makes the span alignment the shared task's alignment.
/// </summary>
internal static class UdScorer
{
    public static IReadOnlyList<UdMetric> Score(UdAnalysis gold, UdAnalysis system)
    {
        var tokens = SpanMatches(gold.Tokens, system.Tokens);
        var sentences = SpanMatches(gold.Sentences, system.Sentences);

        var goldIndex = new Dictionary<TextSpan, int>(gold.Words.Count);
        for (var i = 0; i < gold.Words.Count; i++)
        {
            goldIndex.TryAdd(gold.Words[i].Span, i);
        }

        var aligned = new int[system.Words.Count];
        int words = 0, upos = 0, xpos = 0, uas = 0, las = 0;
        for (var i = 0; i < system.Words.Count; i++)
        {
            aligned[i] = goldIndex.TryGetValue(system.Words[i].Span, out var g) ? g : -1;
        }

        for (var i = 0; i < system.Words.Count; i++)
        {
            var g = aligned[i];
            if (g < 0)
            {
                continue;
            }

            words++;
            var sys = system.Words[i];
            var gw = gold.Words[g];
            upos += sys.Upos == gw.Upos ? 1 : 0;
            xpos += sys.Xpos == gw.Xpos ? 1 : 0;
            var headMatches = sys.Head < 0 ? gw.Head < 0 : gw.Head >= 0 && aligned[sys.Head] == gw.Head;
            if (headMatches)
            {
                uas++;
                las += Universal(sys.Relation).SequenceEqual(Universal(gw.Relation)) ? 1 : 0;
            }
        }

        var goldWords = gold.Words.Count;
        var systemWords = system.Words.Count;
        return
        [
            new UdMetric("Tokens", gold.Tokens.Count, system.Tokens.Count, tokens),
            new UdMetric("Sentences", gold.Sentences.Count, system.Sentences.Count, sentences),
            new UdMetric("Words", goldWords, systemWords, words),
            new UdMetric("UPOS", goldWords, systemWords, upos),
            new UdMetric("XPOS", goldWords, systemWords, xpos),
            new UdMetric("UAS", goldWords, systemWords, uas),
            new UdMetric("LAS", goldWords, systemWords, las),
        ];
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    private static int SpanMatches(IReadOnlyList<TextSpan> gold, IReadOnlyList<TextSpan> system)
    {
        var set = new HashSet<TextSpan>(gold);
        var matches = 0;
        foreach (var span in system)
        {
            if (set.Remove(span))
            {
                matches++;
            }
        }

        return matches;
    }
}
