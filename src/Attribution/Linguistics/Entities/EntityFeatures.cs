using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.People;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// The entity recogniser's feature templates: the word, its shape and affixes, its neighbours, the tags around it,
/// the label given to the word before, and what the library's general name lists say of it and its neighbours
/// (a known first name, an honorific or a title word such as <c>Minister</c>, a word that names organisations and
/// places such as <c>Ministry</c> or <c>River</c>), and how often unlabelled text capitalises the word and the next
/// one inside a sentence (<see cref="CaseLexicon"/>), set against how they are written here.
/// </summary>
internal static class EntityFeatures
{
    public const int Count = 35;

    private const ulong NoTag = 1000;
    private const ulong FirstNameBit = 1UL << 20;
    private const ulong LowerFirstNameBit = 1UL << 21;
    private const ulong CapitalisedBit = 1UL << 22;
    private const int BandShift = 24;
    private const int DocumentBandShift = 28;
    private const ulong NameBits = (1UL << BandShift) - 1;
    private const ulong NoWord = ulong.MaxValue;

    /// <summary>
    /// What the name lists and the case lexicon say of a word, packed in one number: the lexicon's classes, whether
    /// the word is a first name (written in lower case flagged apart, as many such are also common words), whether
    /// it is capitalised, its capitalisation band in unlabelled text and its band among its other uses in the same
    /// document (<see cref="DocumentCases"/>).
    /// </summary>
    public static ulong Describe(ReadOnlySpan<char> form, ulong lowerHash, CaseLexicon cases, byte documentBand)
    {
        var lexicon = (ulong)NameLexicon.Default.Classify(form);
        var capitalised = form.Length > 0 && char.IsUpper(form[0]);
        var firstName = form.Length > 1 && FirstNames.Default.Contains(form) ? (capitalised ? FirstNameBit : LowerFirstNameBit) : 0;
        return lexicon | firstName | (capitalised ? CapitalisedBit : 0) | ((ulong)cases.Of(lowerHash) << BandShift) |
               ((ulong)documentBand << DocumentBandShift);
    }

    public static void Extract(
        ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, ReadOnlySpan<ulong> nameClasses, int i, int previousLabel, Span<ulong> f)
    {
        ref readonly var w = ref At(words, i);
        ref readonly var p1 = ref At(words, i - 1);
        ref readonly var p2 = ref At(words, i - 2);
        ref readonly var n1 = ref At(words, i + 1);
        ref readonly var n2 = ref At(words, i + 2);
        var t0 = TagAt(tags, i);
        var tp = TagAt(tags, i - 1);
        var tn = TagAt(tags, i + 1);
        var g0 = NameAt(nameClasses, i);
        var gp = NameAt(nameClasses, i - 1);
        var gn = NameAt(nameClasses, i + 1);
        var label = (ulong)previousLabel;
        var first = i == 0 ? 1UL : 0UL;
        var band0 = (g0 >> BandShift) & 0xF;
        var bandNext = (gn >> BandShift) & 0xF;
        var documentBand0 = (g0 >> DocumentBandShift) & 0xF;
        var documentBandNext = (gn >> DocumentBandShift) & 0xF;
        var capitalised = g0 & CapitalisedBit;
        var capitalisedNext = gn & CapitalisedBit;
        g0 &= NameBits;
        gp &= NameBits;
        gn &= NameBits;

        f[0] = FeatureHash.Key(100, 0);
        f[1] = FeatureHash.Key(101, w.Lower);
        f[2] = FeatureHash.Key(102, w.Form);
        f[3] = FeatureHash.Key(103, w.Shape);
        f[4] = FeatureHash.Key(104, w.Prefix2);
        f[5] = FeatureHash.Key(105, w.Prefix3);
        f[6] = FeatureHash.Key(106, w.Suffix2);
        f[7] = FeatureHash.Key(107, w.Suffix3);
        f[8] = FeatureHash.Key(108, w.Suffix4);
        f[9] = FeatureHash.Key(109, p1.Lower);
        f[10] = FeatureHash.Key(110, n1.Lower);
        f[11] = FeatureHash.Key(111, p2.Lower);
        f[12] = FeatureHash.Key(112, n2.Lower);
        f[13] = FeatureHash.Key(113, p1.Shape);
        f[14] = FeatureHash.Key(114, n1.Shape);
        f[15] = FeatureHash.Key(115, t0);
        f[16] = FeatureHash.Key(116, tp);
        f[17] = FeatureHash.Key(117, tn);
        f[18] = FeatureHash.Key(118, tp, t0);
        f[19] = FeatureHash.Key(119, t0, tn);
        f[20] = FeatureHash.Key(120, label);
        f[21] = FeatureHash.Key(121, label, w.Lower);
        f[22] = FeatureHash.Key(122, label, w.Shape);
        f[23] = FeatureHash.Key(123, label, t0);
        f[24] = FeatureHash.Key(124, g0);
        f[25] = FeatureHash.Key(125, gp);
        f[26] = FeatureHash.Key(126, gn);
        f[27] = FeatureHash.Key(127, gp, w.Shape);
        f[28] = FeatureHash.Key(128, first, w.Shape);
        f[29] = FeatureHash.Key(129, p1.Form, w.Form);
        f[30] = FeatureHash.Key(130, label, gp, g0);
        f[31] = FeatureHash.Key(131, band0, capitalised, first);
        f[32] = FeatureHash.Key(132, bandNext, capitalisedNext);
        f[33] = FeatureHash.Key(133, documentBand0, capitalised, first);
        f[34] = FeatureHash.Key(134, documentBandNext, capitalisedNext);
    }

    private static ref readonly LexicalFeatures At(ReadOnlySpan<LexicalFeatures> words, int i) =>
        ref (uint)i < (uint)words.Length ? ref words[i] : ref LexicalFeatures.Padding;

    private static ulong TagAt(ReadOnlySpan<byte> tags, int i) => (uint)i < (uint)tags.Length ? tags[i] : NoTag;

    private static ulong NameAt(ReadOnlySpan<ulong> classes, int i) => (uint)i < (uint)classes.Length ? classes[i] : NoWord;
}
