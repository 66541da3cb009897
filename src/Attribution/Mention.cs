namespace Attribution;

/// <summary>A stretch of the input text: <c>Text == input[Start..End]</c>, offsets in UTF-16 code units.</summary>
/// <param name="Text">The text exactly as it appears in the input.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
public sealed record Mention(string Text, int Start, int End);
