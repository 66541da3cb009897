using Attribution.Linguistics.Tagging;

namespace Attribution.Linguistics.Models;

/// <summary>Writes the features of a word on its own (a model's templates that read nothing else).</summary>
internal delegate void WordFeatures(in LexicalFeatures word, Span<ulong> features);

/// <summary>
/// One thread's cache of a model's summed weights over the features that read nothing but a word itself (its form,
/// affixes, shape, lexicon class), by the word's hashes: in running text a few hundred words make most of the tokens,
/// and each would otherwise look up the same dozen rows every time it comes. Direct-mapped and fixed in size, so it
/// allocates nothing after it is made; a word replaces the one in its place. The sums are exact integers, so a score
/// built from the cache equals one built from the rows. A cache serves one model (<see cref="Model"/>).
/// </summary>
internal sealed class WordScoreCache
{
    private const int Size = 1024;

    private readonly ulong[] forms = new ulong[Size];
    private readonly ulong[] lowers = new ulong[Size];
    private readonly bool[] filled = new bool[Size];
    private readonly int[] sums;
    private readonly int width;

    public WordScoreCache(LinearModel model)
    {
        Model = model;
        width = model.ClassCount;
        sums = new int[Size * width];
    }

    /// <summary>The model whose sums the cache holds.</summary>
    public LinearModel Model { get; }

    /// <summary>
    /// Sets <paramref name="scores"/> to the sums of <paramref name="word"/>'s word-only features: kept ones, or the
    /// first time the model's, extracted into <paramref name="buffer"/> by <paramref name="extract"/>.
    /// </summary>
    public void Start(in LexicalFeatures word, WordFeatures extract, Span<ulong> buffer, Span<int> scores)
    {
        var sums = Find(word.Form, word.Lower, out var hit);
        if (!hit)
        {
            extract(word, buffer);
            sums.Clear();
            Model.Score(buffer, sums);
        }

        sums.CopyTo(scores);
    }

    /// <summary>
    /// The sums kept for the word with these hashes; when <paramref name="hit"/> is false the place is the word's now,
    /// and the caller fills it.
    /// </summary>
    private Span<int> Find(ulong form, ulong lower, out bool hit)
    {
        var slot = (int)(form ^ (form >> 29)) & (Size - 1);
        hit = filled[slot] && forms[slot] == form && lowers[slot] == lower;
        if (!hit)
        {
            forms[slot] = form;
            lowers[slot] = lower;
            filled[slot] = true;
        }

        return sums.AsSpan(slot * width, width);
    }
}
