namespace Attribution.Cli.Extraction;

/// <summary>The article found in an HTML page.</summary>
/// <param name="Title">The page's headline (its first <c>h1</c>, else its <c>title</c>), or <see langword="null"/>.</param>
/// <param name="Text">The body's paragraphs and headings, in page order, separated by blank lines; what is attributed.</param>
internal sealed record ExtractedArticle(string? Title, string Text);
