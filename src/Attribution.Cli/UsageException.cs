namespace Attribution.Cli;

/// <summary>A command line that cannot be run as written; reported in one line with exit code 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The command whose help the message points to: <c>attribution</c> or <c>attribution eval</c>.</summary>
    public string HelpCommand { get; init; } = CliApp.Name;
}
