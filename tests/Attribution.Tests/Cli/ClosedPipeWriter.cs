using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>
/// Standard output that refuses every write: its reader has gone ("Broken pipe", as a closed pipe does), or the disk
/// is full ("No space left on device").
/// </summary>
internal sealed class ClosedPipeWriter(string failure = "Broken pipe") : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => throw new IOException(failure);

    public override void Write(string? value) => throw new IOException(failure);

    public override void Write(char[] buffer, int index, int count) => throw new IOException(failure);

    public override void Flush() => throw new IOException(failure);
}
