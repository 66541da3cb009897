using Attribution.Linguistics.Conllu;
using Attribution.Text;

namespace Attribution.Linguistics.Evaluation;

/// <summary>One side of a comparison: the sentences, tokens and words found in a text, all as spans of that text.</summary>
internal sealed record UdAnalysis(IReadOnlyList<TextSpan> Sentences, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<UdWord> Words)
{
    /// <summary>The system side: an analysis of the raw text, its written tokens rebuilt from the words that share one.</summary>
    public static UdAnalysis FromAnalysis(Analysis analysis)
    {
        var tokens = new List<TextSpan>();
        var words = new List<UdWord>(analysis.Tokens.Count);
        foreach (var token in analysis.Tokens)
        {
            if (token.ContinuesToken && tokens.Count > 0)
            {
                tokens[^1] = new TextSpan(tokens[^1].Start, token.End);
            }
            else
            {
                tokens.Add(new TextSpan(token.Start, token.End));
            }

            words.Add(new UdWord(new TextSpan(token.Start, token.End), Tagging.UposNames.Name(token.Upos), token.Xpos, token.Head, token.Relation));
        }

        return new UdAnalysis([.. analysis.Sentences.Select(s => new TextSpan(s.Start, s.End))], tokens, words);
    }

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
