using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>Standard output whose reader has gone: every write throws, as a closed pipe does.</summary>
internal sealed class ClosedPipeWriter : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => throw new IOException("Broken pipe");

    public override void Write(string? value) => throw new IOException("Broken pipe");

    public override void Write(char[] buffer, int index, int count) => throw new IOException("Broken pipe");

    public override void Flush() => throw new IOException("Broken pipe");
}
