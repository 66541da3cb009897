using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Words;

namespace Attribution.Training.Data;

/// <summary>
/// A paragraph of a treebank as training reads it: the gold words as spans of the rebuilt raw text, their
/// annotation, and where each sentence starts. Models that run before sentence splitting learn from whole paragraphs.
/// </summary>
internal sealed record GoldParagraph(string Text, Word[] Words, ConlluWord[] Gold, int[] SentenceStarts, ConlluSentence[] Sentences)
{
    /// <summary>Groups a treebank's sentences into paragraphs over its rebuilt text.</summary>
    public static List<GoldParagraph> From(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = TreebankText.Build(sentences);
        var paragraphs = new List<GoldParagraph>();
        var words = new List<Word>();
        var gold = new List<ConlluWord>();
        var starts = new List<int>();
        var members = new List<ConlluSentence>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (sentences[s].NewParagraph && words.Count > 0)
            {
                paragraphs.Add(new GoldParagraph(text.Text, [.. words], [.. gold], [.. starts], [.. members]));
                words.Clear();
                gold.Clear();
                starts.Clear();
                members.Clear();
            }

            starts.Add(words.Count);
            members.Add(sentences[s]);
            var sentence = sentences[s];
            for (var w = 0; w < sentence.Words.Count; w++)
            {
                var span = text.Words[s][w];
                words.Add(new Word(span.Start, span.End, -1));
                gold.Add(sentence.Words[w]);
            }
        }

        if (words.Count > 0)
        {
            paragraphs.Add(new GoldParagraph(text.Text, [.. words], [.. gold], [.. starts], [.. members]));
        }

        return paragraphs;
    }
}
