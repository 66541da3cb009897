namespace Attribution.Tests.Cli;

/// <summary>Standard output whose reader goes away after the first flushed write, as <c>| head -n 1</c> does.</summary>
internal sealed class PipeClosingAfterFirstFlushWriter : StringWriter
{
    private int _flushes;

    public override void Flush()
    {
        if (++_flushes > 1)
        {
            throw new IOException("Broken pipe");
        }

        base.Flush();
    }
}
