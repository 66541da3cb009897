using System.Text.Json;
using System.Text.RegularExpressions;

namespace Attribution.Tests.Cli;

/// <summary>Checks a document against the CLI's fixed JSON schema, without caring what the engine found.</summary>
internal static partial class JsonSchema
{
    private static readonly string[] Kinds = ["direct", "partial", "block", "indirect"];

    public static void AssertFileReport(JsonElement report, string expectedFile, string input)
    {
        AssertProperties(report, "file", "quotes", "people");
        Assert.Equal(expectedFile, report.GetProperty("file").GetString());

        foreach (var quote in report.GetProperty("quotes").EnumerateArray())
        {
            AssertProperties(quote, "text", "start", "end", "kind", "speaker", "cue", "confidence", "rule");
            AssertSpan(quote, input);
            Assert.Contains(quote.GetProperty("kind").GetString(), Kinds);
            Assert.Matches(KebabCase(), quote.GetProperty("rule").GetString()!);

            var confidence = quote.GetProperty("confidence").GetDouble();
            Assert.InRange(confidence, 0, 1);
            Assert.Equal(Math.Round(confidence, 2), confidence);

            var speaker = quote.GetProperty("speaker");
            if (speaker.ValueKind != JsonValueKind.Null)
            {
                AssertProperties(speaker, "name", "mention");
                Assert.Equal(JsonValueKind.String, speaker.GetProperty("name").ValueKind);
                AssertMention(speaker.GetProperty("mention"), input);
            }

            var cue = quote.GetProperty("cue");
            if (cue.ValueKind != JsonValueKind.Null)
            {
                AssertMention(cue, input);
            }
        }

        foreach (var person in report.GetProperty("people").EnumerateArray())
        {
            AssertProperties(person, "name", "titles", "mentions");
            Assert.Equal(JsonValueKind.String, person.GetProperty("name").ValueKind);
            Assert.All(person.GetProperty("titles").EnumerateArray(), t => Assert.Equal(JsonValueKind.String, t.ValueKind));
            Assert.All(person.GetProperty("mentions").EnumerateArray(), m => AssertMention(m, input));
        }
    }

    public static void AssertMention(JsonElement mention, string input)
    {
        AssertProperties(mention, "text", "start", "end");
        AssertSpan(mention, input);
    }

    /// <summary>Every span must be exactly <c>input[start..end]</c>.</summary>
    private static void AssertSpan(JsonElement span, string input)
    {
        var start = span.GetProperty("start").GetInt32();
        var end = span.GetProperty("end").GetInt32();
        Assert.InRange(start, 0, input.Length);
        Assert.InRange(end, start, input.Length);
        Assert.Equal(input[start..end], span.GetProperty("text").GetString());
    }

    public static void AssertProperties(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(names, element.EnumerateObject().Select(p => p.Name));
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex KebabCase();
}
