using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Tagging;

/// <summary>
/// The tags each frequent training word was seen with, as one hashed value per word (its "ambiguity class":
/// <c>that</c> is DET, PRON or SCONJ). A feature on the classes of the words to the right gives a greedy
/// left-to-right tagger a view of what follows before it has tagged it.
/// </summary>
internal sealed class TagLexicon
{
    /// <summary>The class value of a word the lexicon does not hold.</summary>
    public static readonly ulong Unknown = FeatureHash.Of("\u0002unknown");

    private readonly HashTable<ulong> classes;

    public TagLexicon(IEnumerable<KeyValuePair<ulong, ulong>> entries) => classes = new([.. entries]);

    public int Count => classes.Count;

    /// <summary>The ambiguity class of a word by the hash of its lower-case form.</summary>
    public ulong Of(ulong lowerHash) => classes.TryGetValue(lowerHash, out var value) ? value : Unknown;

    public void Write(BinaryWriter writer)
    {
        writer.Write(classes.Count);
        foreach (var (word, value) in classes.InKeyOrder())
        {
            writer.Write(word);
            writer.Write(value);
        }
    }

    public static TagLexicon Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var entries = new KeyValuePair<ulong, ulong>[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new(reader.ReadUInt64(), reader.ReadUInt64());
        }

        return new TagLexicon(entries);
    }
}
