namespace Attribution.Cli.Progress;

/// <summary>
/// The display when standard error is not a terminal: a log or a pipe must get only the tool's messages, never
/// counters and carriage returns.
/// </summary>
internal sealed class NoProgress : IProgressDisplay
{
    public static NoProgress Instance { get; } = new();

    private NoProgress()
    {
    }

    public void Advance()
    {
    }

    public void Hide()
    {
    }

    public void Finish()
    {
    }
}
