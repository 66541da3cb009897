using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.People;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// The entity recogniser's feature templates: the word, its shape, affixes and cluster, its neighbours and theirs, the tags around it,
/// the label given to the word before, and what the library's general name lists say of it and its neighbours
/// (a known first name, an honorific or a title word such as <c>Minister</c>, a word that names organisations and
/// places such as <c>Ministry</c> or <c>River</c>), and how often unlabelled text capitalises the word and the next
/// one inside a sentence (<see cref="CaseLexicon"/>), set against how they are written here; the run of capitalised
/// words the word stands in (its first and last word, the words either side, the word's place in it), and what
/// the document's earlier sentences called the word and the run's last word (<see cref="DocumentLabels"/>).
/// </summary>
internal static class EntityFeatures
{
    public const int Count = 49;

    private const ulong NoTag = 1000;
    private const ulong FirstNameBit = 1UL << 20;
    private const ulong LowerFirstNameBit = 1UL << 21;
    private const ulong CapitalisedBit = 1UL << 22;
    private const int BandShift = 24;
    private const int DocumentBandShift = 28;
    private const int MemoryShift = 32;
    private const ulong NameBits = (1UL << BandShift) - 1;
    private const ulong NoWord = ulong.MaxValue;

    /// <summary>
    /// What the name lists and the case lexicon say of a word, packed in one number: the lexicon's classes, whether
    /// the word is a first name (written in lower case flagged apart, as many such are also common words), whether
    /// it is capitalised, its capitalisation band in unlabelled text and its band among its other uses in the same
    /// document (<see cref="DocumentCases"/>); <see cref="WithMemory"/> adds what the document called it before.
    /// </summary>
    public static ulong Describe(ReadOnlySpan<char> form, ulong lowerHash, CaseLexicon cases, byte documentBand)
    {
        var lexicon = (ulong)NameLexicon.Default.Classify(form);
        var capitalised = form.Length > 0 && char.IsUpper(form[0]);
        var firstName = form.Length > 1 && FirstNames.Default.Contains(form) ? (capitalised ? FirstNameBit : LowerFirstNameBit) : 0;
        return lexicon | firstName | (capitalised ? CapitalisedBit : 0) | ((ulong)cases.Of(lowerHash) << BandShift) |
               ((ulong)documentBand << DocumentBandShift);
    }

    /// <summary>A word's name class with what <see cref="DocumentLabels"/> remembers of it (0 to 4) in its own bits.</summary>
    public static ulong WithMemory(ulong nameClass, byte memory) => (nameClass & ~(0xFUL << MemoryShift)) | ((ulong)memory << MemoryShift);

    /// <summary>How many of the templates read nothing but the word itself (<see cref="ExtractWord"/>); they come first.</summary>
    public const int WordCount = 11;

    public static void Extract(
        ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, ReadOnlySpan<ulong> nameClasses, int i, int previousLabel, Span<ulong> f)
    {
        ExtractWord(At(words, i), f[..WordCount]);
        ExtractContext(words, tags, nameClasses, i, previousLabel, f[WordCount..]);
    }

    /// <summary>
    /// The features of a word on its own, the same wherever it stands (the first <see cref="WordCount"/> of
    /// <see cref="Extract"/>'s), which the recogniser sums once per word and keeps (<see cref="WordScoreCache"/>).
    /// </summary>
    public static void ExtractWord(in LexicalFeatures w, Span<ulong> f)
    {
        f[0] = FeatureHash.Key(100, 0);
        f[1] = FeatureHash.Key(101, w.Lower);
        f[2] = FeatureHash.Key(102, w.Form);
        f[3] = FeatureHash.Key(103, w.Shape);
        f[4] = FeatureHash.Key(104, w.Prefix2);
        f[5] = FeatureHash.Key(105, w.Prefix3);
        f[6] = FeatureHash.Key(106, w.Suffix2);
        f[7] = FeatureHash.Key(107, w.Suffix3);
        f[8] = FeatureHash.Key(108, w.Suffix4);
        f[9] = FeatureHash.Key(143, WordClusters.Prefix(w.Cluster, 2));
        f[10] = FeatureHash.Key(144, WordClusters.Prefix(w.Cluster, 3));
    }

    /// <summary>The rest of <see cref="Extract"/>'s features: those that read the neighbours, the tags, the name classes or the label before.</summary>
    public static void ExtractContext(
        ReadOnlySpan<LexicalFeatures> words, ReadOnlySpan<byte> tags, ReadOnlySpan<ulong> nameClasses, int i, int previousLabel, Span<ulong> context)
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
        var memory0 = (g0 >> MemoryShift) & 0xF;
        g0 &= NameBits;
        gp &= NameBits;
        gn &= NameBits;

        context[0] = FeatureHash.Key(109, p1.Lower);
        context[1] = FeatureHash.Key(110, n1.Lower);
        context[2] = FeatureHash.Key(111, p2.Lower);
        context[3] = FeatureHash.Key(112, n2.Lower);
        context[4] = FeatureHash.Key(113, p1.Shape);
        context[5] = FeatureHash.Key(114, n1.Shape);
        context[6] = FeatureHash.Key(115, t0);
        context[7] = FeatureHash.Key(116, tp);
        context[8] = FeatureHash.Key(117, tn);
        context[9] = FeatureHash.Key(118, tp, t0);
        context[10] = FeatureHash.Key(119, t0, tn);
        context[11] = FeatureHash.Key(120, label);
        context[12] = FeatureHash.Key(121, label, w.Lower);
        context[13] = FeatureHash.Key(122, label, w.Shape);
        context[14] = FeatureHash.Key(123, label, t0);
        context[15] = FeatureHash.Key(124, g0);
        context[16] = FeatureHash.Key(125, gp);
        context[17] = FeatureHash.Key(126, gn);
        context[18] = FeatureHash.Key(127, gp, w.Shape);
        context[19] = FeatureHash.Key(128, first, w.Shape);
        context[20] = FeatureHash.Key(129, p1.Form, w.Form);
        context[21] = FeatureHash.Key(130, label, gp, g0);
        context[22] = FeatureHash.Key(131, band0, capitalised, first);
        context[23] = FeatureHash.Key(132, bandNext, capitalisedNext);
        context[24] = FeatureHash.Key(133, documentBand0, capitalised, first);
        context[25] = FeatureHash.Key(134, documentBandNext, capitalisedNext);

        // What the word was called earlier in the document, and below what the run's last word was.
        context[26] = FeatureHash.Key(141, memory0, capitalised);
        context[27] = FeatureHash.Key(145, WordClusters.Prefix(p1.Cluster, 3));
        context[28] = FeatureHash.Key(146, WordClusters.Prefix(n1.Cluster, 3));

        // The name the word stands in, as a run of capitalised words: its last word mostly decides the type
        // (School, Mansion, Party) and the words around the run are the whole name's context, which every word
        // of it shares, not only the run's first and last.
        var (from, to) = RunAround(nameClasses, i);
        if (from < 0)
        {
            context[29] = FeatureHash.Key(135, 0);
            context[30] = FeatureHash.Key(136, 0);
            context[31] = FeatureHash.Key(137, 0);
            context[32] = FeatureHash.Key(138, 0);
            context[33] = FeatureHash.Key(139, 0);
            context[34] = FeatureHash.Key(140, label, 0);
            context[35] = FeatureHash.Key(142, 0);
            context[36] = FeatureHash.Key(147, 0);
            context[37] = FeatureHash.Key(148, 0);
            return;
        }

        var length = (ulong)Math.Min(to - from, 4);
        var position = i == from ? (i == to - 1 ? 1UL : 2UL) : i == to - 1 ? 4UL : 3UL;
        context[29] = FeatureHash.Key(135, At(words, to - 1).Lower, position);
        context[30] = FeatureHash.Key(136, At(words, from).Lower, position);
        context[31] = FeatureHash.Key(137, At(words, from - 1).Lower);
        context[32] = FeatureHash.Key(138, At(words, to).Lower);
        context[33] = FeatureHash.Key(139, length, position, first);
        context[34] = FeatureHash.Key(140, label, At(words, to - 1).Lower);
        context[35] = FeatureHash.Key(142, (NameAt(nameClasses, to - 1) >> MemoryShift) & 0xF, position);

        // The clusters of the run's last and first words: a surname or a place the treebanks never name shares its
        // group with those they do.
        context[36] = FeatureHash.Key(147, WordClusters.Prefix(At(words, to - 1).Cluster, 3), position);
        context[37] = FeatureHash.Key(148, WordClusters.Prefix(At(words, from).Cluster, 3));
    }

    /// <summary>The longest run of words around word <paramref name="i"/> that may be parts of one name, or (-1, -1) when the word may not.</summary>
    private static (int From, int To) RunAround(ReadOnlySpan<ulong> nameClasses, int i)
    {
        const int MaxRun = 8;
        if (!MayBeNamePart(nameClasses[i]))
        {
            return (-1, -1);
        }

        var from = i;
        while (from > 0 && i - from < MaxRun && MayBeNamePart(nameClasses[from - 1]))
        {
            from--;
        }

        var to = i + 1;
        while (to < nameClasses.Length && to - i < MaxRun && MayBeNamePart(nameClasses[to]))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>A capitalised word that unlabelled text does not mostly write in lower case (not <c>In</c> opening a sentence).</summary>
    public static bool MayBeNamePart(ulong nameClass)
    {
        var band = (nameClass >> BandShift) & 0xF;
        return (nameClass & CapitalisedBit) != 0 && band is not (1 or 2);
    }

    private static ref readonly LexicalFeatures At(ReadOnlySpan<LexicalFeatures> words, int i) =>
        ref (uint)i < (uint)words.Length ? ref words[i] : ref LexicalFeatures.Padding;

    private static ulong TagAt(ReadOnlySpan<byte> tags, int i) => (uint)i < (uint)tags.Length ? tags[i] : NoTag;

    private static ulong NameAt(ReadOnlySpan<ulong> classes, int i) => (uint)i < (uint)classes.Length ? classes[i] : NoWord;
}
