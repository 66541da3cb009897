using System.Globalization;
using Attribution.Cli.Reports;

namespace Attribution.Cli.Streaming;

/// <summary>
/// One line of <c>--stdin-jsonl</c> on its way through: parsed on a worker, attributed there, and answered with
/// the line that answers it; a bad line (one too long to read, bytes that are not UTF-8, a lone surrogate escape,
/// anything that is not the request) is answered with an error object or repaired with a warning, and never ends
/// the stream.
/// </summary>
/// <param name="line">The line as read, without its end.</param>
/// <param name="maxLength">The longest text the attributor takes.</param>
/// <param name="maxLineBytes">The longest line read in full (<see cref="Input.ReadSettings.MaxLineBytes"/>).</param>
/// <param name="offsets">What the answer's offsets count.</param>
internal sealed class LineJob(JsonLine line, int maxLength, long maxLineBytes, OffsetUnit offsets)
{
    private LineRequest? request;
    private string? error;

    /// <summary>How much the line weighs against the stream's budget: its bytes (one passed over weighs nothing).</summary>
    public long Weight => line.Bytes?.Length ?? 0;

    /// <summary>The line's text to attribute, or <see langword="null"/> when it cannot be (the reason is kept for <see cref="Answer"/>).</summary>
    public string? ReadText()
    {
        if (line.Bytes is not { } bytes)
        {
            // Passed over as it was read: nothing of it is known, not even its id.
            error = string.Create(CultureInfo.InvariantCulture, $"line too long (more than {maxLineBytes} bytes; the limit is {maxLineBytes})");
            return null;
        }

        request = LineRequest.Parse(bytes);
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
            ? new LineAnswer(ReportJson.LineError(request?.Id, error ?? "could not be read"), IsError: true, Warning())
            : new LineAnswer(ReportJson.Line(request.Id, request.Text, result, offsets), IsError: false, Warning());

    private string? Warning() =>
        request?.Warning is { } warning
            ? string.Create(CultureInfo.InvariantCulture, $"warning: {AttributeArguments.StandardInput}: line {line.Number}: {warning}")
            : null;
}
