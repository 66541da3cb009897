using System.Collections.Concurrent;
using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>
/// Standard input fed a line at a time by the test, as a program at the other end of a pipe would: a read blocks
/// until the test sends a line or ends the input, and returns no more than that line.
/// </summary>
internal sealed class LinePipeStream : ReadOnlyStream
{
    private readonly BlockingCollection<byte[]> _lines = [];
    private byte[] _current = [];
    private int _offset;

    public void Send(string line) => _lines.Add(Encoding.UTF8.GetBytes(line + "\n"));

    public void End() => _lines.CompleteAdding();

    public override int Read(Span<byte> buffer)
    {
        if (_offset == _current.Length)
        {
            if (!_lines.TryTake(out var line, Timeout.Infinite))
            {
                return 0;
            }

            _current = line;
            _offset = 0;
        }

        var count = Math.Min(buffer.Length, _current.Length - _offset);
        _current.AsSpan(_offset, count).CopyTo(buffer);
        _offset += count;
        return count;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
