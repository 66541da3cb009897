using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// How often each word of unlabelled text is written with a capital where capitals are not forced (inside a
/// sentence, not after an opening quote or bracket), in bands: it tells <c>lisa</c> and <c>google</c> in lower-case
/// web text from <c>list</c>, and a sentence's first word <c>Applause</c> from <c>Alice</c>. Learned by the trainer
/// and shipped with the recogniser, keyed by the hash of the word's lower-case form.
/// </summary>
internal sealed class CaseLexicon
{
    /// <summary>The bands: no evidence, never, rarely, sometimes, mostly, always capitalised.</summary>
    public const int Bands = 6;

    private const uint Magic = 0x4C435441; // "ATCL"
    private const ushort Version = 1;

    private readonly HashTable<byte> bands;

    public CaseLexicon(IEnumerable<KeyValuePair<ulong, byte>> bands) => this.bands = new([.. bands]);

    public int Count => bands.Count;

    /// <summary>A word's band by the hash of its lower-case form (0 when the text never showed it inside a sentence).</summary>
    public byte Of(ulong lowerHash) => bands.TryGetValue(lowerHash, out var band) ? band : (byte)0;

    /// <summary>The band of a word seen capitalised <paramref name="capitalised"/> times and in lower case <paramref name="lower"/> times.</summary>
    public static byte BandOf(int capitalised, int lower)
    {
        if (capitalised + lower == 0)
        {
            return 0;
        }

        var share = (double)capitalised / (capitalised + lower);
        return (byte)(capitalised == 0 ? 1 : share < 0.25 ? 2 : share < 0.75 ? 3 : lower > 0 ? 4 : 5);
    }

    /// <summary>
    /// Whether a word's capital (or its absence) is the writer's choice: the word starts with a letter and follows a
    /// word or a comma, not a sentence's start, an opening quote, a bracket or a colon, where capitals are forced.
    /// </summary>
    public static bool IsFree(ReadOnlySpan<char> form, ReadOnlySpan<char> previous) =>
        form.Length > 0 && char.IsLetter(form[0]) &&
        (HasLetterOrDigit(previous) || previous is "," or ";");

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the bands in key order, so the same lexicon always gives the same bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(bands.Count);
        foreach (var (key, band) in bands.InKeyOrder())
        {
            writer.Write(key);
            writer.Write(band);
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a lexicon of this version.</exception>
    public static CaseLexicon Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic || reader.ReadUInt16() != Version)
        {
            throw new InvalidDataException($"not a case lexicon of version {Version}");
        }

        var count = reader.ReadInt32();
        if (count < 0)
        {
            throw new InvalidDataException("a case lexicon's header is damaged");
        }

        var bands = new KeyValuePair<ulong, byte>[count];
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var band = reader.ReadByte();
            if (band >= Bands)
            {
                throw new InvalidDataException("a case lexicon's band is out of range");
            }

            bands[i] = new(key, band);
        }

        return new CaseLexicon(bands);
    }
}
