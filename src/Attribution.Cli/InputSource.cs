namespace Attribution.Cli;

/// <summary>One article to attribute.</summary>
/// <param name="Name">The name written in the output: the path as given, or as reached under a directory given.</param>
/// <param name="Path">The file to read, or <see langword="null"/> for standard input.</param>
internal sealed record InputSource(string Name, string? Path)
{
    public static InputSource StandardInput { get; } = new(AttributeArguments.StandardInput, null);
}
