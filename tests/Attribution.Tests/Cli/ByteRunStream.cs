namespace Attribution.Tests.Cli;

/// <summary>
/// A stream of <paramref name="count"/> copies of one byte, then <paramref name="tail"/>, made as it is read: a
/// line of hundreds of megabytes, or one that never ends (<see cref="long.MaxValue"/>, like <c>/dev/zero</c>),
/// without holding it.
/// </summary>
internal sealed class ByteRunStream(byte value, long count, byte[] tail) : Stream
{
    private long _position;
    private volatile bool _ended;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>How many bytes have been read so far.</summary>
    public long BytesRead => _position;

    /// <summary>Ends the stream now, whatever is left: the next read returns nothing.</summary>
    public void End() => _ended = true;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
