using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// The named-entity recogniser: greedy left-to-right BILOU labelling of a sentence's words by an averaged
/// perceptron over <see cref="EntityFeatures"/>, each word taking the best label the scheme allows after the one
/// before it. The model file holds the <see cref="CaseLexicon"/> the features read, then the weights.
/// </summary>
internal sealed class EntityRecognizer(CaseLexicon cases, LinearModel model)
{
    // Each thread's sums of the word-only features, for the model it was last used with.
    [ThreadStatic]
    private static WordScoreCache? cache;

    public CaseLexicon Cases { get; } = cases;

    public LinearModel Model { get; } = model;

    /// <summary>Labels one sentence's words (<see cref="EntityLabels"/> classes) into <paramref name="labels"/>.</summary>
    /// <param name="words">The words' lexical features.</param>
    /// <param name="tags">The words' tags.</param>
    /// <param name="nameClasses">What is known of each word, from <see cref="EntityFeatures.Describe"/> with <see cref="Cases"/>.</param>
    /// <param name="labels">Receives one label per word.</param>
    public void Recognize(ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, ReadOnlySpan<ulong> nameClasses, Span<byte> labels)
    {
        if (words.IsEmpty)
        {
            return;
        }

        var sumsOf = cache is { } kept && kept.Model == Model ? kept : cache = new WordScoreCache(Model);
        Span<ulong> word = stackalloc ulong[EntityFeatures.WordCount];
        Span<ulong> context = stackalloc ulong[EntityFeatures.Count - EntityFeatures.WordCount];
        Span<int> scores = stackalloc int[EntityLabels.Count];
        var previous = EntityLabels.Outside;
        for (var i = 0; i < words.Length; i++)
        {
            sumsOf.Start(words[i], EntityFeatures.ExtractWord, word, scores);
            EntityFeatures.ExtractContext(words, tags, nameClasses, i, previous, context);
            Model.Score(context, scores);
            var best = BestAllowed(scores, previous, i == words.Length - 1);
            labels[i] = (byte)best;
            previous = best;
        }
    }

    /// <summary>
    /// Labels one sentence of a document whose earlier sentences were labelled with the same
    /// <paramref name="document"/>, which reads and then remembers what its capitalised words are called.
    /// </summary>
    /// <param name="words">The words' lexical features.</param>
    /// <param name="tags">The words' tags.</param>
    /// <param name="nameClasses">As for the other overload; receives what the document remembers of each word.</param>
    /// <param name="labels">Receives one label per word.</param>
    /// <param name="document">What the document's earlier sentences were labelled.</param>
    public void Recognize(ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, Span<ulong> nameClasses, Span<byte> labels, DocumentLabels document)
    {
        document.Apply(words, nameClasses);
        Recognize(words, tags, nameClasses, labels);
        document.Remember(words, nameClasses, labels);
    }

    public static int BestAllowed<T>(ReadOnlySpan<T> scores, int previous, bool isLast)
        where T : struct, System.Numerics.IComparisonOperators<T, T, bool>
    {
        var best = -1;
        for (var label = 0; label < scores.Length; label++)
        {
            if (EntityLabels.Allows(previous, label, isLast) && (best < 0 || scores[label] > scores[best]))
            {
                best = label;
            }
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        Cases.Write(writer);
        Model.Write(writer);
    }

    public static EntityRecognizer Read(BinaryReader reader)
    {
        var cases = CaseLexicon.Read(reader);
        return new EntityRecognizer(cases, LinearModel.Read(reader));
    }
}
