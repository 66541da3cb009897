using Attribution.Cli.Reports;

namespace Attribution.Cli.Streaming;

/// <summary>Turns one line of <c>--stdin-jsonl</c> into the line that answers it; never throws for a bad line.</summary>
internal static class LineAnswerer
{
    public static LineAnswer Answer(string line, QuoteAttributor attributor, CancellationToken cancellationToken)
    {
        var request = LineRequest.Parse(line);
        if (request.Error is { } error)
        {
            return Error(request, error);
        }

        var text = request.Text!;

        var limit = attributor.Options.MaxInputLength;
        if (text.Length > limit)
        {
            return Error(request, $"\"text\" too long ({text.Length} characters; the limit is {limit})");
        }

        AttributionResult result;
        try
        {
            result = attributor.Attribute(text, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the engine on one article must not end a stream of thousands.
            return Error(request, $"could not be attributed ({e.GetType().Name}: {e.Message})");
        }

        return new LineAnswer(
            CompactJson.Serialize(ReportMapper.ToLineReport(request.Id, result), ReportJsonContext.Default.LineReport),
            IsError: false);
    }

    private static LineAnswer Error(LineRequest request, string error) =>
        new(CompactJson.Serialize(new LineErrorReport(request.Id, error), ReportJsonContext.Default.LineErrorReport), IsError: true);
}
