using System.Globalization;
using Attribution.Cli.Reports;

namespace Attribution.Cli.Streaming;

/// <summary>
/// One line of <c>--stdin-jsonl</c> on its way through: parsed on a worker, attributed there, and answered with
/// the line that answers it; a bad line is answered with an error object and never ends the stream.
/// </summary>
/// <param name="line">The line as read, without its end.</param>
/// <param name="maxLength">The longest text the attributor takes.</param>
/// <param name="offsets">What the answer's offsets count.</param>
internal sealed class LineJob(string line, int maxLength, OffsetUnit offsets)
{
    private LineRequest? request;
    private string? error;

    /// <summary>The line's text to attribute, or <see langword="null"/> when it cannot be (the reason is kept for <see cref="Answer"/>).</summary>
    public string? ReadText()
    {
        request = LineRequest.Parse(line);
        if (request.Error is { } problem)
        {
            error = problem;
            return null;
        }

        var text = request.Text!;
        if (text.Length > maxLength)
        {
            error = string.Create(CultureInfo.InvariantCulture, $"\"text\" too long ({text.Length} characters; the limit is {maxLength})");
            return null;
        }

        return text;
    }

    public LineAnswer Answer(AttributionResult? result) =>
        result is null || request?.Text is null
            ? new LineAnswer(ReportJson.LineError(request?.Id, error ?? "could not be read"), IsError: true)
            : new LineAnswer(ReportJson.Line(request.Id, request.Text, result, offsets), IsError: false);
}
