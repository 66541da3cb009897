using Attribution.Cli.Extraction;

namespace Attribution.Cli.Reports;

/// <summary>One article's result, with what every output format needs to show it.</summary>
/// <param name="Name">The input's name as given on the command line (or as found under a directory given), <c>-</c> for standard input.</param>
/// <param name="Text">The text that was attributed: the file as read, or the article extracted from a page.</param>
/// <param name="Result">The result, offsets in UTF-16 code units into <paramref name="Text"/>.</param>
/// <param name="Page">The page the text was extracted from, or <see langword="null"/> for a text input.</param>
/// <param name="Number">The input's place in the batch, from 1.</param>
internal sealed record ArticleReport(string Name, string Text, AttributionResult Result, ExtractedArticle? Page, int Number);
