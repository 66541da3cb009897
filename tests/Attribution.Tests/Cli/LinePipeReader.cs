using System.Collections.Concurrent;

namespace Attribution.Tests.Cli;

/// <summary>
/// Standard input fed a line at a time by the test, as a program at the other end of a pipe would: ReadLine blocks
/// until the test sends a line or ends the input.
/// </summary>
internal sealed class LinePipeReader : TextReader
{
    private readonly BlockingCollection<string> _lines = [];

    public void Send(string line) => _lines.Add(line);

    public void End() => _lines.CompleteAdding();

    public override string? ReadLine() => _lines.TryTake(out var line, Timeout.Infinite) ? line : null;

    // The stream command reads whole lines only; anything else would be a change worth noticing.
    public override int Read() => throw new NotSupportedException("read by line only");

    public override int Peek() => throw new NotSupportedException("read by line only");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
