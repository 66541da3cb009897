using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Tagging;

/// <summary>
/// Word clusters: for each of the commonest English words (by the hash of its lower-case form), a path of three
/// hexadecimal digits in a tree of groups of words used alike, learned from word vectors trained on a few billion
/// words of news and encyclopaedia text (GloVe). A treebank of a few hundred thousand words leaves most words unseen;
/// the cluster of an unseen word tells the models what the seen words of its group were.
/// </summary>
internal sealed class WordClusters
{
    /// <summary>The path of a word the table does not hold (and of the padding beyond a sentence).</summary>
    public const int Unknown = 0xFFFF;

    /// <summary>How many hexadecimal digits a path has: <see cref="Prefix"/> takes 1 to this many.</summary>
    public const int Depth = 3;

    private readonly HashTable<ushort> paths;

    /// <summary>A table from lower-case form hashes (<see cref="FeatureHash.OfLower"/>) to paths.</summary>
    public WordClusters(IEnumerable<KeyValuePair<ulong, ushort>> entries) => paths = new([.. entries]);

    /// <summary>How many words the table holds.</summary>
    public int Count => paths.Count;

    /// <summary>The path of a word by the hash of its lower-case form, <see cref="Unknown"/> if the table lacks it.</summary>
    public int Of(ulong lowerHash) => paths.TryGetValue(lowerHash, out var path) ? path : Unknown;

    /// <summary>
    /// A path's first <paramref name="digits"/> digits as a feature value, distinct for every prefix length (so that
    /// <c>3</c> and <c>003</c> do not meet) and for unknown words. Values above a path's (a parser's root, say) keep
    /// prefixes no path has.
    /// </summary>
    public static ulong Prefix(int path, int digits) =>
        path == Unknown ? 0xFF00000UL | (ulong)digits : ((ulong)digits << 20) | (uint)(path >> (4 * (Depth - digits)));

    /// <summary>Reads the data file's <c>word TAB path</c> lines (path in hexadecimal).</summary>
    public static WordClusters Parse(TextReader reader)
    {
        var entries = new Dictionary<ulong, ushort>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0)
            {
                continue;
            }

            var path = ushort.Parse(line.AsSpan(tab + 1), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (path >= 1 << (4 * Depth))
            {
                throw new InvalidDataException($"The word cluster path '{line[(tab + 1)..]}' has more than {Depth} digits.");
            }

            // Folded quotation marks make a few words hash alike (’ and '); the first, the commoner, keeps its path.
            entries.TryAdd(FeatureHash.OfLower(line.AsSpan(0, tab)), path);
        }

        return new WordClusters(entries);
    }

    /// <summary>Writes the table, sorted by hash so that the same table gives the same bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(paths.Count);
        foreach (var (word, path) in paths.InKeyOrder())
        {
            writer.Write(word);
            writer.Write(path);
        }
    }

    /// <summary>Reads a table <see cref="Write"/> wrote.</summary>
    /// <exception cref="InvalidDataException">The table is damaged.</exception>
    public static WordClusters Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("The word cluster table's length is negative.");
        }

        var entries = new KeyValuePair<ulong, ushort>[count];
        for (var i = 0; i < count; i++)
        {
            entries[i] = new(reader.ReadUInt64(), reader.ReadUInt16());
            if (entries[i].Value >= 1 << (4 * Depth))
            {
                throw new InvalidDataException("A word cluster path is out of range.");
            }
        }

        return new WordClusters(entries);
    }
}
