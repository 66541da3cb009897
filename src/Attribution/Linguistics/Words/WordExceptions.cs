using System.Collections.Frozen;

namespace Attribution.Linguistics.Words;

/// <summary>
/// Surface forms that the treebanks split or keep whole against the general rules: <c>cannot</c> is <c>can</c> +
/// <c>not</c>, <c>gonna</c> is <c>gon</c> + <c>na</c>, <c>e-mail</c> stays one word. Compiled by the trainer from the
/// training treebanks (a form enters when the treebanks write it so most of the time) and shipped with the models.
/// Lookups ignore case and treat the curly apostrophe as the straight one. A key of two tokens with a space between
/// (<c>its not</c>) divides its first token when the second follows it: <c>its</c> is one word, <c>its not</c> is
/// <c>it</c> + <c>s</c> + <c>not</c>, as the web treebanks write the typed-out contraction.
/// </summary>
internal sealed class WordExceptions
{
    private const int MaxLength = 32;

    /// <summary>Marks a length in a pattern whose word starts a new surface token (<c>50m</c> is <c>50</c> and <c>m</c>).</summary>
    public const byte NewToken = 0x80;

    private readonly FrozenDictionary<string, byte[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // For each ASCII first and last character (in lower case), a bit per length some key with that end has: every word
    // of the text is looked up, twice where a token follows it, and almost none is an exception, so most are turned
    // away here before the form is copied and hashed. Null when a key starts or ends outside ASCII, which
    // case-insensitive matching could make equal to an ASCII letter.
    private readonly uint[]? lengthsByFirst;
    private readonly uint[]? lengthsByLast;

    /// <param name="entries">
    /// Each form with the lengths of its words; a length with <see cref="NewToken"/> set starts a surface token of
    /// its own, the others continue the token (<c>cannot</c>: 3, 3 is one token of two words).
    /// </param>
    public WordExceptions(IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        var table = entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        lengthsByFirst = new uint[128];
        lengthsByLast = new uint[128];
        foreach (var key in table.Keys)
        {
            if (key.Length is 0 or > MaxLength)
            {
                continue;
            }

            var first = Normal(key[0]);
            var last = Normal(key[^1]);
            if (first >= 128 || last >= 128)
            {
                lengthsByFirst = lengthsByLast = null;
                break;
            }

            lengthsByFirst[char.ToLowerInvariant(first)] |= 1u << (key.Length - 1);
            lengthsByLast[char.ToLowerInvariant(last)] |= 1u << (key.Length - 1);
        }
    }

    /// <summary>
    /// Whether some key could be a form of <paramref name="length"/> (1 to <see cref="MaxLength"/>) characters from
    /// <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    private bool MayHold(char first, char last, int length)
    {
        if (lengthsByFirst is null || lengthsByLast is null)
        {
            return true;
        }

        first = Normal(first);
        last = Normal(last);
        var bit = 1u << (length - 1);
        return (first >= 128 || (lengthsByFirst[char.ToLowerInvariant(first)] & bit) != 0) &&
               (last >= 128 || (lengthsByLast[char.ToLowerInvariant(last)] & bit) != 0);
    }

    private static char Normal(char c) => c == '’' ? '\'' : c;

    public static WordExceptions Empty { get; } = new([]);

    /// <summary>
    /// Reads the lines <c>form TAB pattern</c> that <see cref="Write"/> writes: the lengths of the form's words,
    /// <c>,</c> between words of one surface token and <c>|</c> between tokens; one length for a form kept whole.
    /// </summary>
    public static WordExceptions Read(TextReader reader)
    {
        var entries = new List<KeyValuePair<string, byte[]>>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t');
            if (line.Length == 0 || tab <= 0)
            {
                continue;
            }

            entries.Add(new(line[..tab], ParsePattern(line[(tab + 1)..])));
        }

        return new WordExceptions(entries);
    }

    public static byte[] ParsePattern(string pattern)
    {
        var lengths = new List<byte>();
        var newToken = false;
        var value = 0;
        foreach (var c in pattern + ",")
        {
            if (c is ',' or '|')
            {
                lengths.Add((byte)(value | (newToken ? NewToken : 0)));
                newToken = c == '|';
                value = 0;
            }
            else
            {
                value = (value * 10) + (c - '0');
            }
        }

        return [.. lengths];
    }

    public static string FormatPattern(IReadOnlyList<byte> lengths)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lengths.Count; i++)
        {
            if (i > 0)
            {
                builder.Append((lengths[i] & NewToken) != 0 ? '|' : ',');
            }

            builder.Append(lengths[i] & ~NewToken);
        }

        return builder.ToString();
    }

    public static void Write(TextWriter writer, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        foreach (var (form, lengths) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            writer.Write(form);
            writer.Write('\t');
            writer.Write(FormatPattern(lengths));
            writer.Write('\n');
        }
    }

    /// <summary>The lengths of the words <paramref name="form"/> splits into, or null when the rules decide.</summary>
    public byte[]? Find(ReadOnlySpan<char> form)
    {
        if (form.Length > MaxLength || (!form.IsEmpty && !MayHold(form[0], form[^1], form.Length)))
        {
            return null;
        }

        Span<char> normal = stackalloc char[form.Length];
        for (var i = 0; i < form.Length; i++)
        {
            normal[i] = Normal(form[i]);
        }

        return lookup.TryGetValue(normal, out var lengths) ? lengths : null;
    }

    /// <summary>
    /// The lengths of the words <paramref name="form"/> splits into when the token <paramref name="next"/> follows it
    /// after a space (<c>its not</c>: <c>it</c> + <c>s</c>), or null when the form's general entry or the rules decide.
    /// </summary>
    public byte[]? FindBefore(ReadOnlySpan<char> form, ReadOnlySpan<char> next)
    {
        if (form.Length + 1 + next.Length > MaxLength ||
            !MayHold(form.IsEmpty ? ' ' : form[0], next.IsEmpty ? ' ' : next[^1], form.Length + 1 + next.Length))
        {
            return null;
        }

        Span<char> key = stackalloc char[form.Length + 1 + next.Length];
        form.CopyTo(key);
        key[form.Length] = ' ';
        next.CopyTo(key[(form.Length + 1)..]);
        return Find(key);
    }

    /// <summary>The key of an entry for <paramref name="form"/> before the token <paramref name="next"/>.</summary>
    public static string BeforeKey(string form, ReadOnlySpan<char> next) => $"{form} {Key(next.ToString())}";

    /// <summary>The form as the table keys it: the curly apostrophe made straight.</summary>
    public static string Key(string form) => form.Replace('’', '\'');
}
