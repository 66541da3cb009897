namespace Attribution.Cli.Streaming;

/// <summary>The line written for one line read.</summary>
/// <param name="Json">One compact JSON object, without the line end.</param>
/// <param name="IsError">Whether it is an error object.</param>
/// <param name="Warning">A message for standard error, written just before the answer (a line that was not UTF-8), or <see langword="null"/>.</param>
internal sealed record LineAnswer(string Json, bool IsError, string? Warning = null);
