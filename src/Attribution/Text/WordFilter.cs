using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>
/// A two-word-long sketch of a word list (the lengths and first letters its words have) that turns most tokens away
/// before a hashed lookup. Nearly every token of a text is looked up in some word list, and nearly all of them miss;
/// hashing them case-insensitively was the lexicons' main cost. It never turns away a word of the list, in either
/// case: ASCII letters are folded, and a non-ASCII first character (which case-insensitive comparison may fold into
/// ASCII) always passes.
/// </summary>
internal readonly struct WordFilter
{
    private readonly ulong lengths;
    private readonly ulong firsts;

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            lengths |= 1UL << Math.Min(word.Length, 63);
            if (word.Length > 0 && word[0] < 128)
            {
                firsts |= 1UL << Fold(word[0]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (((lengths >> Math.Min(word.Length, 63)) & 1) == 0)
        {
            return false;
        }

        return word.Length == 0 || word[0] >= 128 || ((firsts >> Fold(word[0])) & 1) != 0;
    }

    // Upper and lower case of an ASCII letter differ only in bit 5; the low six bits of the folded letter index it.
    private static int Fold(char c) => (c | 0x20) & 63;
}
