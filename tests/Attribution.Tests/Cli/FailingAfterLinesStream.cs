using System.Text;

namespace Attribution.Tests.Cli;

/// <summary>Standard input that gives some lines and then fails, as a pipe from a crashed producer or a bad disk can.</summary>
internal sealed class FailingAfterLinesStream(params string[] lines) : ReadOnlyStream
{
    private readonly MemoryStream _lines = new(Encoding.UTF8.GetBytes(string.Concat(lines.Select(line => line + "\n"))));

    public override int Read(Span<byte> buffer)
    {
        var read = _lines.Read(buffer);
        return read > 0 ? read : throw new IOException("Input/output error");
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
