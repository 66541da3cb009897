using Attribution.Linguistics.Evaluation;
using Attribution.Linguistics.Tagging;

namespace Attribution.Training.Entities;

/// <summary>A sentence for the recogniser: its words' lexical features, predicted tags, name classes and gold entities.</summary>
internal sealed record EntitySentence(LexicalFeatures[] Words, byte[] Tags, ulong[] Names, List<EntitySpan> Gold)
{
    /// <summary>The treebank sentence the words come from, for showing mistakes.</summary>
    public Linguistics.Conllu.ConlluSentence? Source { get; init; }

    /// <summary>The number of the document the sentence belongs to; a document's sentences come together and in order.</summary>
    public int Document { get; init; }

    /// <summary>The gold entities as BILOU classes.</summary>
    public byte[] GoldLabels()
    {
        var labels = new byte[Words.Length];
        foreach (var (start, end, type) in Gold)
        {
            if (end - start == 1)
            {
                labels[start] = (byte)Linguistics.Entities.EntityLabels.UnitOf(type);
                continue;
            }

            labels[start] = (byte)Linguistics.Entities.EntityLabels.BeginOf(type);
            for (var w = start + 1; w < end - 1; w++)
            {
                labels[w] = (byte)Linguistics.Entities.EntityLabels.InsideOf(type);
            }

            labels[end - 1] = (byte)Linguistics.Entities.EntityLabels.LastOf(type);
        }

        return labels;
    }
}
