using System.Runtime.CompilerServices;

namespace Attribution.Linguistics.Models;

/// <summary>
/// The 64-bit keys of model features. A feature is a template number and one or more values (a word, a suffix, a
/// tag); its key mixes them so that the trainer and the runtime agree without ever storing a string. The hash is
/// fixed here (not <see cref="string.GetHashCode()"/>, which changes per process), so model files stay valid.
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The hash of a string as written.</summary>
    public static ulong Of(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return Mix(hash);
    }

    // char.ToLowerInvariant of each character outside ASCII, filled as characters are met (0: not yet). Outside ASCII
    // it asks ICU, a call into native code that took 2% of the attribution's time on news for its quotation marks,
    // dashes and apostrophes. No character's lower case is 0, and racing threads write the same value. Typographic
    // quotation marks, apostrophes and primes fold to the typewriter's: the treebanks mostly write ' and ", news mostly
    // writes ’ and “, and a model that knew only one would read `Lind’s` or a clause after “ as something unseen.
    private static readonly char[] LowerOutsideAscii = Folded();

    private static char[] Folded()
    {
        var table = new char[char.MaxValue + 1];
        foreach (var c in "‘’‚‛′")
        {
            table[c] = '\'';
        }

        foreach (var c in "“”„‟″")
        {
            table[c] = '"';
        }

        return table;
    }

    /// <summary>
    /// <see cref="char.ToLowerInvariant"/>, remembered for characters outside ASCII, with typographic quotation marks,
    /// apostrophes and primes folded to <c>'</c> and <c>"</c>: the form every model reads a word in.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (char.IsAscii(c))
        {
            return char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }

        var lower = LowerOutsideAscii[c];
        if (lower == 0)
        {
            LowerOutsideAscii[c] = lower = char.ToLowerInvariant(c);
        }

        return lower;
    }

    /// <summary>The hash of a string in lower case (invariant) with its quotation marks folded (<see cref="Fold"/>), without allocating.</summary>
    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ Fold(c)) * Prime;
        }

        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a) => NonZero(Mix(((ulong)template * 0x9E3779B97F4A7C15UL) ^ a));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b) => NonZero(Mix((((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) * 0xBF58476D1CE4E5B9UL ^ b));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong a, ulong b, ulong c) =>
        NonZero(Mix(((((ulong)template * 0x9E3779B97F4A7C15UL) ^ a) * 0xBF58476D1CE4E5B9UL ^ b) * 0x94D049BB133111EBUL ^ c));

    /// <summary>The finaliser of SplitMix64: every input bit reaches every output bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    // Zero marks an empty slot in the weight table.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;
}
