using System.Collections.Frozen;

namespace Attribution.Text;

/// <summary>
/// Words that keep their full stop (<c>Mr.</c>, <c>Calif.</c>). Titles and months never end a sentence; the
/// others (<c>etc.</c>, <c>Inc.</c>) may, when a sentence plainly starts after them.
/// </summary>
internal static class Abbreviations
{
    private static readonly FrozenSet<string> NeverFinal = FrozenSet.Create(
        StringComparer.Ordinal,
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Revd", "Hon", "St", "Mt", "Ft", "Gen", "Lt", "Col", "Sgt", "Capt",
        "Maj", "Cmdr", "Cdr", "Adm", "Gov", "Sen", "Rep", "Pres", "Supt", "Insp", "Det", "Cpl", "Pte", "Pvt", "Brig",
        "Cllr", "Fr", "Sr", "Jr", "Messrs", "Mme", "Mlle", "Hr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
        "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "vs",
        "v", "approx", "Ave", "Blvd", "Rd", "Dept", "Univ", "Sq", "Cf", "cf", "e.g", "i.e", "ca");

    private static readonly FrozenSet<string> MayBeFinal = FrozenSet.Create(
        StringComparer.Ordinal, "etc", "Inc", "Ltd", "Co", "Corp", "Bros", "plc", "Plc", "LLC", "Esq", "al");

    // Numbering words are abbreviations only before their number (No. 10, Vol. 2); "No." before anything else is
    // the answer "no" ending a sentence: “No. We will not pay.”
    private static readonly FrozenSet<string> BeforeNumber = FrozenSet.Create(
        StringComparer.Ordinal, "No", "Nos", "Vol", "Fig");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeNumberLookup =
        BeforeNumber.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NeverFinalLookup =
        NeverFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MayBeFinalLookup =
        MayBeFinal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> (without its full stop) keeps the stop that follows it.</summary>
    public static bool TakesStop(ReadOnlySpan<char> word) =>
        NeverFinalLookup.Contains(word) || MayBeFinalLookup.Contains(word);

    /// <summary>Whether <paramref name="word"/> keeps the stop that follows it when a number comes next.</summary>
    public static bool TakesStopBeforeNumber(ReadOnlySpan<char> word) => BeforeNumberLookup.Contains(word);

    /// <summary>Whether an abbreviation (with its stop) can still be the last word of a sentence.</summary>
    public static bool CanEndSentence(ReadOnlySpan<char> abbreviationWithStop)
    {
        var word = abbreviationWithStop.TrimEnd('.');
        if (MayBeFinalLookup.Contains(word))
        {
            return true;
        }

        // Dotted acronyms (U.S., a.m.) often end sentences, and so does a single capital ("So did I.", "World War
        // I."); the splitter still wants a sentence starter after it, so "John F. Kennedy" stays whole. Titles never do.
        return (word.Contains('.') || word.Length == 1) && !NeverFinalLookup.Contains(word);
    }
}
