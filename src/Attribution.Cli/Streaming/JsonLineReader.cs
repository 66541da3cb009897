namespace Attribution.Cli.Streaming;

/// <summary>
/// Splits standard input into lines of bytes (at LF, CRLF or a lone CR, as <see cref="TextReader.ReadLine"/> does),
/// holding at most <c>maxLineBytes</c> of any one: a longer line is handed on as too long as soon as it passes the
/// limit, so that it is answered at once, and the rest of it is passed over unread. <c>/dev/zero</c> or a runaway
/// producer costs a bounded buffer instead of all the memory there is. Bytes are decoded later, one line at a time,
/// so that a line which is not UTF-8 is known and warned about.
/// </summary>
internal sealed class JsonLineReader(Stream stream, long maxLineBytes)
{
    private const int ChunkBytes = 64 * 1024;

    private readonly byte[] chunk = new byte[ChunkBytes];
    private readonly LineBuffer line = new();
    private int start;
    private int end;
    private bool ended;
    private bool skipLineFeed;
    private int number;
    private bool begun;
    private bool skipping;

    /// <summary>The next line, or <see langword="null"/> at the end of the input.</summary>
    /// <exception cref="IOException">The input cannot be read.</exception>
    public JsonLine? Next()
    {
        if (skipping && !SkipRestOfLine())
        {
            return null;
        }

        line.Clear();
        long length = 0;
        while (true)
        {
            if (start == end && !Fill())
            {
                if (length == 0)
                {
                    return null;
                }

                number++;
                return new JsonLine(number, line.ToArray(), length);
            }

            if (skipLineFeed)
            {
                // The LF of a CRLF whose CR ended the previous chunk.
                skipLineFeed = false;
                if (chunk[start] == (byte)'\n')
                {
                    start++;
                    continue;
                }
            }

            var available = chunk.AsSpan(start, end - start);
            var lineEnd = available.IndexOfAny((byte)'\n', (byte)'\r');
            var piece = lineEnd < 0 ? available : available[..lineEnd];
            length += piece.Length;
            if (length > maxLineBytes)
            {
                // Too long: answered now, the rest passed over on the next call.
                start += piece.Length;
                skipping = true;
                number++;
                return new JsonLine(number, null, length);
            }

            line.Append(piece);
            if (lineEnd < 0)
            {
                start = end;
                continue;
            }

            EndLine(lineEnd);
            number++;
            return new JsonLine(number, line.ToArray(), length);
        }
    }

    /// <summary>Moves past the line end at <paramref name="lineEnd"/> in the unread bytes, a CRLF as one.</summary>
    private void EndLine(int lineEnd)
    {
        var isReturn = chunk[start + lineEnd] == (byte)'\r';
        start += lineEnd + 1;
        if (isReturn)
        {
            if (start < end)
            {
                start += chunk[start] == (byte)'\n' ? 1 : 0;
            }
            else
            {
                skipLineFeed = true;
            }
        }
    }

    /// <summary>Reads past the rest of a line that was too long; false when the input ends first.</summary>
    private bool SkipRestOfLine()
    {
        while (true)
        {
            if (start == end && !Fill())
            {
                skipping = false;
                return false;
            }

            var lineEnd = chunk.AsSpan(start, end - start).IndexOfAny((byte)'\n', (byte)'\r');
            if (lineEnd >= 0)
            {
                EndLine(lineEnd);
                skipping = false;
                return true;
            }

            start = end;
        }
    }

    /// <summary>
    /// A UTF-8 byte-order mark before the first line is dropped, as it is from a file; one for UTF-16 or UTF-32 means
    /// the lines are not UTF-8, which JSON lines must be, and every line would be garbage.
    /// </summary>
    private void SkipByteOrderMark()
    {
        var head = chunk.AsSpan(0, end);
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ||
                 head.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new IOException("the input is UTF-16 or UTF-32 (its byte-order mark says so); JSON lines must be UTF-8");
        }
    }

    private bool Fill()
    {
        if (ended)
        {
            return false;
        }

        var first = !begun;
        begun = true;
        start = 0;
        end = stream.Read(chunk, 0, ChunkBytes);
        ended = end == 0;
        if (first && !ended)
        {
            SkipByteOrderMark();
        }

        return !ended;
    }

    /// <summary>
    /// A line's bytes so far, in blocks of a megabyte: a line of hundreds of megabytes is copied once, into its own
    /// array when it ends, instead of into every doubled buffer on the way (which left a 256 MB line costing the
    /// process 800 MB).
    /// </summary>
    private sealed class LineBuffer
    {
        private const int BlockBytes = 1 << 20;

        private readonly List<byte[]> blocks = [];
        private int used;
        private long length;

        public void Clear()
        {
            // The first block is kept for the next line; the others go back to the garbage collector.
            if (blocks.Count > 1)
            {
                blocks.RemoveRange(1, blocks.Count - 1);
            }

            used = 0;
            length = 0;
        }

        public void Append(ReadOnlySpan<byte> piece)
        {
            while (!piece.IsEmpty)
            {
                if (blocks.Count == 0 || used == BlockBytes)
                {
                    blocks.Add(new byte[BlockBytes]);
                    used = 0;
                }

                var block = blocks[^1];
                var count = Math.Min(piece.Length, BlockBytes - used);
                piece[..count].CopyTo(block.AsSpan(used));
                used += count;
                length += count;
                piece = piece[count..];
            }
        }

        public byte[] ToArray()
        {
            var bytes = new byte[length];
            var at = 0;
            for (var b = 0; b < blocks.Count && at < bytes.Length; b++)
            {
                var count = (int)Math.Min(BlockBytes, bytes.Length - at);
                blocks[b].AsSpan(0, count).CopyTo(bytes.AsSpan(at));
                at += count;
            }

            return bytes;
        }
    }
}
