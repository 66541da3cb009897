namespace Attribution.Cli.Streaming;

/// <summary>One line of <c>--stdin-jsonl</c> as read, without its line end.</summary>
/// <param name="Number">Its place in the input, from 1, for warnings.</param>
/// <param name="Bytes">The line's bytes, or <see langword="null"/> when it was longer than the limit and is passed over unread.</param>
/// <param name="Length">How many bytes the line had, or, when too long, how many were read before it was given up.</param>
internal sealed record JsonLine(int Number, byte[]? Bytes, long Length);
