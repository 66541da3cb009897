using Attribution.Linguistics.Tagging;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// What the recogniser called each capitalised word earlier in the same document: a name is mostly the same kind of
/// thing throughout a text (<c>Athens</c> the city in every sentence), and a sentence that says little of it (<c>Athens
/// hosted the Games</c>) reads what the earlier ones said. Filled sentence by sentence as they are labelled, in
/// order; cleared between documents.
/// </summary>
internal sealed class DocumentLabels
{
    /// <summary>What is remembered of a word: never seen as a name part, seen only outside names, or the type it last had plus 2.</summary>
    private const byte Outside = 1;

    private readonly Dictionary<ulong, byte> seen = [];

    /// <summary>How many distinct words are remembered.</summary>
    public int Count => seen.Count;

    public void Clear() => seen.Clear();

    /// <summary>Marks in each word's name class what it was labelled earlier in the document (<see cref="EntityFeatures.WithMemory"/>).</summary>
    public void Apply(ReadOnlySpan<LexicalFeatures> words, Span<ulong> nameClasses)
    {
        for (var i = 0; i < words.Length; i++)
        {
            nameClasses[i] = EntityFeatures.WithMemory(nameClasses[i], seen.GetValueOrDefault(words[i].Lower));
        }
    }

    /// <summary>Remembers the labels a sentence's capitalised words were given; a word once in a name keeps its latest type.</summary>
    public void Remember(ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<ulong> nameClasses, ReadOnlySpan<byte> labels)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (!EntityFeatures.MayBeNamePart(nameClasses[i]))
            {
                continue;
            }

            if (labels[i] != EntityLabels.Outside)
            {
                seen[words[i].Lower] = (byte)(2 + (int)EntityLabels.TypeOf(labels[i]));
            }
            else
            {
                seen.TryAdd(words[i].Lower, Outside);
            }
        }
    }
}
