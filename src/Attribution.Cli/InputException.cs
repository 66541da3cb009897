namespace Attribution.Cli;

/// <summary>An input that cannot be processed; reported in one line on stderr while the other inputs go on.</summary>
internal sealed class InputException : Exception
{
    public InputException()
    {
    }

    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
