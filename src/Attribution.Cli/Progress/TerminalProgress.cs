using System.Diagnostics;
using System.Globalization;

namespace Attribution.Cli.Progress;

/// <summary>
/// A counter on one line of a terminal, <c>attribution: 12/345 inputs (3%)</c>, redrawn in place with a carriage
/// return and erased at the end.
/// </summary>
internal sealed class TerminalProgress(TextWriter stderr, int total) : IProgressDisplay
{
    // A terminal that is redrawn for each of thousands of small articles spends more time drawing than the tool does
    // attributing; a few redraws a second read as smooth.
    private static readonly TimeSpan RedrawInterval = TimeSpan.FromMilliseconds(100);

    private readonly Stopwatch _sinceDrawn = new();
    private int _done;
    private int _shownLength;

    public void Advance()
    {
        _done++;
        if (_shownLength == 0 || _done == total || _sinceDrawn.Elapsed >= RedrawInterval)
        {
            Draw();
        }
    }

    public void Hide()
    {
        if (_shownLength == 0)
        {
            return;
        }

        // Spaces rather than an ANSI erase sequence, so that every terminal clears it.
        stderr.Write('\r' + new string(' ', _shownLength) + '\r');
        stderr.Flush();
        _shownLength = 0;
    }

    public void Finish() => Hide();

    private void Draw()
    {
        var percent = total == 0 ? 100 : (int)(100L * _done / total);
        var line = string.Create(CultureInfo.InvariantCulture, $"{CliApp.Name}: {_done}/{total} inputs ({percent}%)");

        // Padding covers the end of a longer line drawn before (never the case today, but cheap to be sure of).
        stderr.Write('\r' + line.PadRight(_shownLength));
        stderr.Flush();
        _shownLength = Math.Max(line.Length, _shownLength);
        _sinceDrawn.Restart();
    }
}
