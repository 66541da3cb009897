namespace Attribution.Cli.Reports;

/// <summary>Writes rendered articles as they come, in order, framed by their format; so a long batch never holds every result.</summary>
internal sealed class ReportWriter(ReportFormat format, TextWriter output)
{
    private int count;

    public void Write(string rendered)
    {
        output.Write(count == 0 ? format.Start() : format.Separator());
        output.Write(rendered);
        count++;
        if (format.FlushEach)
        {
            output.Flush();
        }
    }

    /// <summary>Closes whatever the format opened (a JSON array, a page), even when no article was written.</summary>
    public void Complete()
    {
        if (count == 0)
        {
            output.Write(format.Start());
        }

        output.Write(format.End(count));
        output.Flush();
    }
}
