using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>Standard input that gives some lines and then fails, as a pipe from a crashed producer or a bad disk can.</summary>
internal sealed class FailingAfterLinesStream(params string[] lines) : Stream
{
    private readonly MemoryStream _lines = new(Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n"))));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _lines.Read(buffer);
        return read > 0 ? read : throw new IOException("Input/output error");
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
