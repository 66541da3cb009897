namespace Attribution.Cli.Reports;

/// <summary>Writes reports as they are made, so a long batch shows progress and never holds every result.</summary>
internal interface IReportWriter : IDisposable
{
    void Write(FileReport report);

    /// <summary>Closes whatever the format opened (a JSON array), even when no report was written.</summary>
    void Complete();
}
