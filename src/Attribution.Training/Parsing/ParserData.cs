using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;

namespace Attribution.Training.Parsing;

/// <summary>Turns tagged gold paragraphs into parser sentences: projective gold trees over predicted tags.</summary>
internal static class ParserData
{
    /// <summary>Every relation of the training words, most frequent first (ties in name order), <c>root</c> among them.</summary>
    public static List<string> Relations(IEnumerable<GoldParagraph> train) =>
    [
        .. train.SelectMany(p => p.Gold).GroupBy(w => w.Relation, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key),
    ];

    /// <param name="tags">For each paragraph, the predicted tagger class of each word.</param>
    /// <param name="tagSet">The tagger's classes, to tell punctuation.</param>
    public static List<ParserSentence> Sentences(
        List<GoldParagraph> paragraphs, byte[][] tags, TagSet tagSet, IReadOnlyList<string> relations, bool projectivize, out int lifted)
    {
        var relationIndex = relations.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i, StringComparer.Ordinal);
        var sentences = new List<ParserSentence>();
        lifted = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            for (var s = 0; s < paragraph.SentenceStarts.Length; s++)
            {
                var start = paragraph.SentenceStarts[s];
                var end = s + 1 < paragraph.SentenceStarts.Length ? paragraph.SentenceStarts[s + 1] : paragraph.Words.Length;
                var n = end - start;
                var words = new ulong[n];
                var clusters = new int[n];
                var sentenceTags = new byte[n];
                var punctuation = new bool[n];
                var heads = new int[n];
                var relationIds = new int[n];
                for (var w = 0; w < n; w++)
                {
                    var gold = paragraph.Gold[start + w];
                    words[w] = Linguistics.Models.FeatureHash.OfLower(paragraph.Words[start + w].Of(paragraph.Text));
                    clusters[w] = Tagging.TaggerTrainer.Clusters.Value.Of(words[w]);
                    sentenceTags[w] = tags[p][start + w];
                    punctuation[w] = tagSet.Tags[sentenceTags[w]].Upos == PartOfSpeech.Punct;
                    heads[w] = gold.Head == 0 ? n : gold.Head - 1;
                    relationIds[w] = relationIndex.TryGetValue(gold.Relation, out var r) ? r : relationIndex["dep"];
                }

                if (projectivize)
                {
                    lifted += Projectivizer.Lift(heads, n);
                }

                sentences.Add(new ParserSentence(words, clusters, sentenceTags, punctuation, heads, relationIds));
            }
        }

        return sentences;
    }

    public static byte[][] Tag(Tagger tagger, List<GoldParagraph> paragraphs)
    {
        var result = new byte[paragraphs.Count][];
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var lexical = Tagging.TaggerTrainer.Lexical(paragraphs[p]);
            result[p] = new byte[lexical.Length];
            tagger.Tag(lexical, result[p]);
        }

        return result;
    }
}
