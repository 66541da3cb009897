namespace Attribution.Cli;

/// <summary>One place in the batch: an article to attribute, or a command-line input that named none.</summary>
/// <param name="Source">The article, or <see langword="null"/> when <paramref name="Error"/> says why there is none.</param>
/// <param name="Error">Why the input gives no article (a missing path, a directory with no .txt file).</param>
internal sealed record InputEntry(InputSource? Source, string? Error);
