using Attribution.Cli.Input;

namespace Attribution.Cli;

/// <summary>Turns one command-line input into the articles it names.</summary>
internal static class InputExpander
{
    /// <summary>
    /// Every input's articles, in command-line order; an input that names none keeps its place with the reason, so
    /// that its error is reported where it was given, and a subdirectory that cannot be listed keeps its place among
    /// the files beside it.
    /// </summary>
    public static IReadOnlyList<InputEntry> ExpandAll(IEnumerable<string> inputs)
    {
        var entries = new List<InputEntry>();
        foreach (var input in inputs)
        {
            entries.AddRange(Expand(input));
        }

        return entries;
    }

    /// <summary>
    /// Standard input, a file (a FIFO or a device too), or every <c>.txt</c> file below a directory in ordinal order
    /// of path (see <see cref="DirectoryWalk"/>); a path that names nothing gives its error instead.
    /// </summary>
    public static IReadOnlyList<InputEntry> Expand(string input)
    {
        if (input == AttributeArguments.StandardInput)
        {
            return [new InputEntry(InputSource.StandardInput, null)];
        }

        if (File.Exists(input))
        {
            return [new InputEntry(new InputSource(input, input), null)];
        }

        if (!Directory.Exists(input))
        {
            return [new InputEntry(null, $"{input}: no such file or directory")];
        }

        var found = DirectoryWalk.TextFiles(input);
        if (found.Count == 0)
        {
            return [new InputEntry(null, $"{input}: directory contains no .txt files")];
        }

        return found;
    }

    public static bool IsDirectory(string input) =>
        input != AttributeArguments.StandardInput && Directory.Exists(input);
}
