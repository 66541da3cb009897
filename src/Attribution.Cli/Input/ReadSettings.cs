using System.Text;

namespace Attribution.Cli.Input;

/// <summary>How every input is read: the most characters one may hold, and the encoding, when one was chosen.</summary>
/// <param name="MaxCharacters">
/// The longest text accepted, in UTF-16 code units (the attributor's <see cref="AttributionOptions.MaxInputLength"/>).
/// It applies while reading: a longer input is given up as soon as it passes the limit, so a file, a pipe or
/// <c>/dev/zero</c> never costs more memory than the limit.
/// </param>
/// <param name="Encoding">
/// The encoding given with <c>--encoding</c>, for text without a byte-order mark (a mark still decides), or
/// <see langword="null"/> to tell it from the bytes: a byte-order mark (UTF-8, UTF-16 or UTF-32), else UTF-16 when
/// its zero bytes show it, else UTF-8.
/// </param>
internal sealed record ReadSettings(int MaxCharacters, Encoding? Encoding = null)
{
    /// <summary>
    /// The longest line of <c>--stdin-jsonl</c>, in bytes: four a character of the text's limit (UTF-8 takes at most
    /// three, and a line holds its id and escapes too) and 64 KiB besides. Longer lines are answered with an error
    /// without being held in memory.
    /// </summary>
    public long MaxLineBytes => (4L * MaxCharacters) + (64 * 1024);
}
