namespace Attribution.Tests.Cli;

/// <summary>
/// A stream of <paramref name="count"/> copies of one byte, then <paramref name="tail"/>, made as it is read: a
/// line of hundreds of megabytes, or one that never ends (<see cref="long.MaxValue"/>, like <c>/dev/zero</c>),
/// without holding it.
/// </summary>
internal sealed class ByteRunStream(byte value, long count, byte[] tail) : ReadOnlyStream
{
    private long _position;
    private volatile bool _ended;

    /// <summary>How many bytes have been read so far.</summary>
    public long BytesRead => _position;

    /// <summary>Ends the stream now, whatever is left: the next read returns nothing.</summary>
    public void End() => _ended = true;

    public override int Read(Span<byte> buffer)
    {
        if (_ended)
        {
            return 0;
        }

        if (_position < count)
        {
            var run = (int)Math.Min(buffer.Length, count - _position);
            buffer[..run].Fill(value);
            _position += run;
            return run;
        }

        var at = _position - count;
        var rest = (int)Math.Min(buffer.Length, tail.Length - at);
        if (rest <= 0)
        {
            return 0;
        }

        tail.AsSpan((int)at, rest).CopyTo(buffer);
        _position += rest;
        return rest;
    }
}
