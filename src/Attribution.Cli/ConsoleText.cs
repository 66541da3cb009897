using System.Globalization;
using System.Text;

namespace Attribution.Cli;

/// <summary>
/// Makes text safe to print on one line of a terminal. File names and arguments come from whoever named the file:
/// one holding ESC could send escape sequences to the terminal, one holding a line break could split a one-line
/// message (or forge a second one). Such characters are written as escapes instead: <c>\n</c>, <c>\t</c>,
/// <c>\x1B</c>, <c>\u202E</c>.
/// </summary>
internal static class ConsoleText
{
    /// <summary><paramref name="text"/> with every control, line-separating and bidirectional-override character escaped.</summary>
    public static string Line(string text)
    {
        if (!text.Any(NeedsEscape))
        {
            return text;
        }

        var line = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c))
            {
                line.Append(c);
                continue;
            }

            line.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }

        return line.ToString();
    }

    /// <summary>
    /// C0 and C1 controls and DEL (escape sequences, line ends, bells), the Unicode line and paragraph separators, and
    /// the bidirectional embeddings, overrides and isolates that can make a name display as another.
    /// </summary>
    private static bool NeedsEscape(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
