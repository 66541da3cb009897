namespace Attribution.Cli;

/// <summary>The streams a command reads and writes, and what they are connected to.</summary>
/// <param name="In">Standard input's bytes: decoded as files are, so that its encoding is told and checked.</param>
/// <param name="Out">Standard output; the reports.</param>
/// <param name="Error">Standard error; one line per message.</param>
/// <param name="InIsTerminal">
/// Whether a person types standard input, so that a command waiting on it says so. A reader cannot tell, so the
/// caller does: the program passes <c>!Console.IsInputRedirected</c>, and tests say what they simulate.
/// </param>
/// <param name="ErrorIsTerminal">Whether a person watches standard error, so that a batch may show its progress there.</param>
internal sealed record CliConsole(Stream In, TextWriter Out, TextWriter Error, bool InIsTerminal, bool ErrorIsTerminal)
{
    /// <summary>
    /// Writes <c>attribution: message</c> on standard error, as one line whatever the message quotes: control and
    /// bidirectional characters in a file name or an argument are escaped (<see cref="ConsoleText"/>).
    /// </summary>
    public void Report(string message) => Error.WriteLine(ConsoleText.Line($"{CliApp.Name}: {message}"));
}
