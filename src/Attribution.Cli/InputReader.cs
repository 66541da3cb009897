namespace Attribution.Cli;

internal static class InputReader
{
    /// <exception cref="InputException">The input cannot be read.</exception>
    public static string Read(InputSource source, TextReader stdin)
    {
        try
        {
            // File.ReadAllText drops a byte-order mark, so offsets count from the first character of the article.
            return source.Path is null ? stdin.ReadToEnd() : File.ReadAllText(source.Path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{source.Name}: no such file or directory", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException($"{source.Name}: permission denied", e);
        }
        catch (IOException e)
        {
            throw new InputException($"{source.Name}: cannot read: {e.Message}", e);
        }
    }
}
