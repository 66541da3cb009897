namespace Attribution.Cli;

/// <summary>An article as read.</summary>
/// <param name="Text">The text, with U+FFFD for each byte sequence that was not in its encoding.</param>
/// <param name="Warning">Why some characters may look wrong, or <see langword="null"/>.</param>
internal sealed record ArticleText(string Text, string? Warning);
