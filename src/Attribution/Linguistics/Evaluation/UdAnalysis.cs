using Attribution.Linguistics.Conllu;
using Attribution.Text;

namespace Attribution.Linguistics.Evaluation;

/// <summary>One side of a comparison: the sentences, tokens and words found in a text, all as spans of that text.</summary>
internal sealed record UdAnalysis(IReadOnlyList<TextSpan> Sentences, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<UdWord> Words)
{
    /// <summary>The gold side: a treebank's annotation over the raw text rebuilt from it.</summary>
    public static UdAnalysis FromGold(IReadOnlyList<ConlluSentence> sentences, TreebankText text)
    {
        var tokens = new List<TextSpan>();
        var words = new List<UdWord>();
        for (var s = 0; s < sentences.Count; s++)
        {
            tokens.AddRange(text.Tokens[s]);
            var first = words.Count;
            var sentence = sentences[s];
            for (var w = 0; w < sentence.Words.Count; w++)
            {
                var word = sentence.Words[w];
                words.Add(new UdWord(text.Words[s][w], word.Upos, word.Xpos, word.Head > 0 ? first + word.Head - 1 : -1, word.Relation));
            }
        }

        return new UdAnalysis(text.Sentences, tokens, words);
    }
}
