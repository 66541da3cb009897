using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>Every span of a report (quotation, speaker mention, cue, person mention) is exactly <c>input[start..end]</c>.</summary>
internal static class Spans
{
    public static void AssertIndex(JsonElement report, string input)
    {
        foreach (var quote in report.GetProperty("quotes").EnumerateArray())
        {
            AssertSpan(quote, input);
            if (quote.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speaker)
            {
                AssertSpan(speaker.GetProperty("mention"), input);
            }

            if (quote.GetProperty("cue") is { ValueKind: JsonValueKind.Object } cue)
            {
                AssertSpan(cue, input);
            }
        }

        foreach (var mention in report.GetProperty("people").EnumerateArray().SelectMany(p => p.GetProperty("mentions").EnumerateArray()))
        {
            AssertSpan(mention, input);
        }
    }

    private static void AssertSpan(JsonElement span, string input)
    {
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.InRange(start, 0, input.Length);
        Assert.InRange(end, start, input.Length);
        Assert.Equal(input[start..end], span.GetProperty("text").GetString());
    }
}
