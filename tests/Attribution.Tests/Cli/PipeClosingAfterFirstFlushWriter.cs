namespace Attribution.Tests.Cli;

/// <summary>
/// Standard output that fails after the first flushed write: its reader goes away, as <c>| head -n 1</c> does
/// ("Broken pipe"), or the disk fills ("No space left on device").
/// </summary>
internal sealed class PipeClosingAfterFirstFlushWriter(string failure = "Broken pipe") : StringWriter
{
    private int _flushes;

    public override void Flush()
    {
        if (++_flushes > 1)
        {
            throw new IOException(failure);
        }

        base.Flush();
    }
}
