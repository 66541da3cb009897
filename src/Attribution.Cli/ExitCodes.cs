namespace Attribution.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>At least one input could not be read or attributed; the others were still processed.</summary>
    public const int InputError = 1;

    public const int UsageError = 2;
}
