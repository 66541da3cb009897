using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Tagging;

/// <summary>
/// The part-of-speech tagger: a greedy averaged-perceptron tagger over <see cref="TaggerFeatures"/>, predicting a
/// <see cref="TagSet"/> class (a UPOS and a Penn tag) per word, left to right over a paragraph.
/// </summary>
internal sealed class Tagger(TagSet tags, TagLexicon lexicon, WordClusters clusters, LinearModel model)
{
    // Each thread's sums of the word-only features, for the model it was last used with.
    [ThreadStatic]
    private static WordScoreCache? cache;

    public TagSet Tags { get; } = tags;

    public TagLexicon Lexicon { get; } = lexicon;

    /// <summary>The word clusters, read by the tagger's features and by every later model's through <see cref="LexicalFeatures.Cluster"/>.</summary>
    public WordClusters Clusters { get; } = clusters;

    public LinearModel Model { get; } = model;

    /// <summary>Tags the words of one paragraph (or sentence), writing one class per word to <paramref name="classes"/>.</summary>
    public void Tag(Span<LexicalFeatures> words, Span<byte> classes)
    {
        for (var i = 0; i < words.Length; i++)
        {
            words[i].Ambiguity = Lexicon.Of(words[i].Lower);
            words[i].Cluster = Clusters.Of(words[i].Lower);
        }

        if (words.IsEmpty)
        {
            return;
        }

        var sumsOf = cache is { } kept && kept.Model == Model ? kept : cache = new WordScoreCache(Model);
        Span<ulong> word = stackalloc ulong[TaggerFeatures.WordCount];
        Span<ulong> context = stackalloc ulong[TaggerFeatures.ContextCount];
        Span<int> scores = stackalloc int[Model.ClassCount];
        Span<ulong> next = stackalloc ulong[TaggerFeatures.ContextCount];
        for (var i = 0; i < words.Length; i++)
        {
            if (i + 1 < words.Length)
            {
                // Most of the next word's context features do not read this word's tag, which is not known yet (its
                // place holds whatever was there): their slots are asked for now, so that the memory's wait overlaps
                // this word's scoring. The next word's features are made again once the tag is known.
                TaggerFeatures.ExtractContext(words, i + 1, classes, next);
                Model.Prefetch(next);
            }

            sumsOf.Start(words[i], TaggerFeatures.ExtractWord, word, scores);
            TaggerFeatures.ExtractContext(words, i, classes, context);
            Model.Score(context, scores);
            classes[i] = (byte)LinearModel.Best(scores);
        }
    }

    public void Write(BinaryWriter writer)
    {
        Tags.Write(writer);
        Lexicon.Write(writer);
        Clusters.Write(writer);
        Model.Write(writer);
    }

    public static Tagger Read(BinaryReader reader) => new(TagSet.Read(reader), TagLexicon.Read(reader), WordClusters.Read(reader), LinearModel.Read(reader));
}
