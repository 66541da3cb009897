namespace Attribution.Cli;

/// <summary>Turns one command-line input into the articles it names.</summary>
internal static class InputExpander
{
    private static readonly EnumerationOptions TextFilesBelow = new()
    {
        RecurseSubdirectories = true,
        MatchType = MatchType.Simple,
        // NOTES.TXT is as much a text file as notes.txt.
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Every input's articles, in command-line order; an input that names none keeps its place with the reason, so
    /// that its error is reported where it was given.
    /// </summary>
    public static IReadOnlyList<InputEntry> ExpandAll(IEnumerable<string> inputs)
    {
        var entries = new List<InputEntry>();
        foreach (var input in inputs)
        {
            try
            {
                entries.AddRange(Expand(input).Select(source => new InputEntry(source, null)));
            }
            catch (InputException e)
            {
                entries.Add(new InputEntry(null, e.Message));
            }
        }

        return entries;
    }

    /// <exception cref="InputException">The path does not exist, or is a directory with no .txt file.</exception>
    public static IReadOnlyList<InputSource> Expand(string input)
    {
        if (input == AttributeArguments.StandardInput)
        {
            return [InputSource.StandardInput];
        }

        if (File.Exists(input))
        {
            return [new InputSource(input, input)];
        }

        if (!Directory.Exists(input))
        {
            throw new InputException($"{input}: no such file or directory");
        }

        string[] files;
        try
        {
            files = Directory.GetFiles(input, "*.txt", TextFilesBelow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{input}: cannot list the directory: {e.Message}", e);
        }

        if (files.Length == 0)
        {
            throw new InputException($"{input}: directory contains no .txt files");
        }

        // Ordinal order makes batch output identical on every machine and file system.
        Array.Sort(files, StringComparer.Ordinal);
        return Array.ConvertAll(files, file => new InputSource(file, file));
    }

    public static bool IsDirectory(string input) =>
        input != AttributeArguments.StandardInput && Directory.Exists(input);
}
