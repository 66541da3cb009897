namespace Attribution.Tests.Cli;

/// <summary>Standard input that gives some lines and then fails, as a pipe from a crashed producer or a bad disk can.</summary>
internal sealed class FailingAfterLinesReader(params string[] lines) : TextReader
{
    private int _next;

    public override string? ReadLine() =>
        _next < lines.Length ? lines[_next++] : throw new IOException("Input/output error");

    public override int Read() => throw new NotSupportedException("read by line only");

    public override int Peek() => throw new NotSupportedException("read by line only");
}
