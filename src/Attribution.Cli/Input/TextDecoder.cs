using System.Buffers;
using System.Globalization;
using System.Text;

namespace Attribution.Cli.Input;

/// <summary>
/// Reads one input's bytes to the end and decodes them once, as they arrive, never holding more than the limit:
/// <c>/dev/zero</c>, a pipe that never ends or a 3 GB file is given up as soon as it passes
/// <see cref="ReadSettings.MaxCharacters"/>, at the cost of that many characters.
/// </summary>
internal static class TextDecoder
{
    private const int ChunkBytes = 64 * 1024;

    // Room for the few bytes of an unfinished character that a decoder carries from one chunk to the next.
    private const int Slack = 8;

    /// <summary>The text of <paramref name="stream"/>, with a warning when some bytes were not in its encoding.</summary>
    /// <param name="name">The input as messages name it.</param>
    /// <param name="lengthHint">The stream's length in bytes when it is known (a regular file), to size the text once.</param>
    /// <exception cref="InputException">The text is longer than the limit.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static ArticleText Decode(string name, Stream stream, long? lengthHint, ReadSettings settings)
    {
        var limit = settings.MaxCharacters;
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var filled = stream.ReadAtLeast(bytes.AsSpan(0, DetectedEncoding.SampleLength), DetectedEncoding.SampleLength, throwOnEndOfStream: false);

            // Fewer than asked means a read returned nothing: the end. Not read again, for on a terminal the end
            // (Ctrl-D) is not for good, and another read would wait for more.
            var ended = filled < DetectedEncoding.SampleLength;
            var detected = DetectedEncoding.Detect(bytes.AsSpan(0, filled), settings.Encoding);
            var fallback = new CountingFallback();
            var encoding = (Encoding)detected.Encoding.Clone();
            encoding.DecoderFallback = fallback;
            var decoder = encoding.GetDecoder();

            // A regular file's length bounds its characters (no encoding here takes less than a byte a character), so
            // its text is sized once; a stream of unknown length grows its buffer as it goes, never far past the limit.
            var most = limit + (long)ChunkBytes + Slack;
            var text = new CharBuffer(lengthHint is > 0 and var known ? (int)Math.Min(known + Slack, most) : ChunkBytes, (int)Math.Min(most, Array.MaxLength));
            var start = detected.MarkLength;
            while (true)
            {
                var chunk = bytes.AsSpan(start, filled - start);
                var last = ended || filled == 0;

                // The most characters the chunk and the bytes the decoder holds back can make; counting exactly
                // would decode twice and count the replaced bytes twice.
                var room = text.Reserve(encoding.GetMaxCharCount(chunk.Length) + Slack);
                text.Advance(decoder.GetChars(chunk, room, flush: last));
                if (text.Length > limit)
                {
                    throw new InputException(string.Create(
                        CultureInfo.InvariantCulture, $"{name}: too long (more than {limit} characters; the limit is {limit})"));
                }

                if (last)
                {
                    break;
                }

                start = 0;
                filled = stream.Read(bytes, 0, ChunkBytes);
            }

            return new ArticleText(text.ToString(), Warning(name, detected, fallback.Replaced));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static string? Warning(string name, DetectedEncoding detected, long replaced)
    {
        var notes = new List<string>(2);
        if (detected.Guessed)
        {
            notes.Add($"no byte-order mark; read as {detected.Name}, which its zero bytes showed");
        }

        if (replaced > 0)
        {
            // UTF-8 assumed, not told: the text may well be in a legacy encoding, which the user can name.
            var hint = detected.Name == "UTF-8" && !detected.Chosen && detected.MarkLength == 0
                ? " (if it is in another encoding, name it: --encoding windows-1252)"
                : "";
            notes.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"not valid {detected.Name}; {replaced} undecodable {(replaced == 1 ? "byte was" : "bytes were")} replaced with U+FFFD{hint}"));
        }

        return notes.Count == 0 ? null : $"warning: {name}: {string.Join("; ", notes)}";
    }

    /// <summary>Characters decoded so far, in one array that grows by doubling, but never past <paramref name="most"/> unless asked.</summary>
    private sealed class CharBuffer(int capacity, int most)
    {
        private char[] chars = GC.AllocateUninitializedArray<char>(Math.Max(capacity, 16));

        public int Length { get; private set; }

        /// <summary>Room for at least <paramref name="count"/> more characters.</summary>
        public Span<char> Reserve(int count)
        {
            var needed = Length + (long)count;
            if (needed > chars.Length)
            {
                var larger = GC.AllocateUninitializedArray<char>((int)Math.Max(needed, Math.Min(chars.Length * 2L, most)));
                chars.AsSpan(0, Length).CopyTo(larger);
                chars = larger;
            }

            return chars.AsSpan(Length);
        }

        public void Advance(int count) => Length += count;

        public override string ToString() => new(chars, 0, Length);
    }
}
