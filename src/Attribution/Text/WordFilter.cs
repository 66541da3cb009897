using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>
/// A bit table of the (length, first letter, last letter) triples of a word list's words, consulted before the
/// list's hashed lookup. Nearly every token of a text is looked up in some word list and nearly all of them miss;
/// hashing them case-insensitively was the lexicons' main cost, and one bit test turns most of them away. It never
/// turns away a word of the list in either case: ASCII letters are folded, a word whose first or last character is
/// not ASCII always passes, and a list holding such a word passes everything.
/// </summary>
internal sealed class WordFilter
{
    private const int LengthBits = 4;
    private const int LetterBits = 5;

    private readonly ulong[] bits = new ulong[(1 << (LengthBits + 2 * LetterBits)) / 64];
    private readonly bool passAll;

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length == 0 || word[0] >= 128 || word[^1] >= 128)
            {
                passAll = true;
                continue;
            }

            var key = Key(word);
            bits[key >> 6] |= 1UL << (key & 63);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || passAll || word[0] >= 128 || word[^1] >= 128)
        {
            return true;
        }

        var key = Key(word);
        return (bits[key >> 6] & (1UL << (key & 63))) != 0;
    }

    // Upper and lower case of an ASCII letter differ only in bit 5, so the low five bits name the letter in either case.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(ReadOnlySpan<char> word) =>
        (word.Length & ((1 << LengthBits) - 1)) |
        ((word[0] & 31) << LengthBits) |
        ((word[^1] & 31) << (LengthBits + LetterBits));
}
