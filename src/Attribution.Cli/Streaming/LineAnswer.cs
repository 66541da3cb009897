namespace Attribution.Cli.Streaming;

/// <summary>The line written for one line read.</summary>
/// <param name="Json">One compact JSON object, without the line end.</param>
/// <param name="IsError">Whether it is an error object.</param>
internal sealed record LineAnswer(string Json, bool IsError);
