namespace Attribution.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one input could not be read or attributed; the others were still processed.</summary>
    public const int InputError = 1;

    public const int UsageError = 2;

    /// <summary>
    /// Standard output could not be written: its reader closed the pipe, or the disk is full. The same code a shell
    /// gives a program killed by SIGPIPE (128 + 13), so pipelines treat it as they treat other tools.
    /// </summary>
    public const int OutputClosed = 141;
}
