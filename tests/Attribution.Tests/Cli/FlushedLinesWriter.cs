using System.Collections.Concurrent;
using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>
/// Standard output as the reader at the other end of a pipe sees it: a line becomes visible only when the writer
/// flushes, as with the tool's buffered stdout.
/// </summary>
internal sealed class FlushedLinesWriter : TextWriter
{
    private readonly StringBuilder _unflushed = new();
    private readonly BlockingCollection<string> _flushed = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => _unflushed.Append(value);

    public override void Flush()
    {
        var text = _unflushed.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }

        foreach (var line in text[..end].Split('\n'))
        {
            _flushed.Add(line.TrimEnd('\r'));
        }

        _unflushed.Remove(0, end + 1);
    }

    /// <summary>The next flushed line, or <see langword="null"/> if none came in time.</summary>
    public string? TakeLine(TimeSpan patience) => _flushed.TryTake(out var line, patience) ? line : null;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _flushed.Dispose();
        }

        base.Dispose(disposing);
    }
}
