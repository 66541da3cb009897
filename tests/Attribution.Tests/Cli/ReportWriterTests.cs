using System.Text.Json;
using Attribution.Cli.Reports;

namespace Attribution.Tests.Cli;

/// <summary>
/// The writers fed a hand-made result, so the full schema (speakers, cues, people) is checked whatever the engine
/// finds today.
/// </summary>
public sealed class ReportWriterTests
{
    private const string Input = "Mr Lammy said: “We must act.” Others called it “a fantasy”.";

    private static readonly AttributionResult Result = new(
        [
            new Quotation(
                "We must act.", 16, 28, QuoteKind.Direct,
                new Speaker("David Lammy", new Mention("Mr Lammy", 0, 8)),
                new Mention("said", 9, 13),
                0.9549, AttributionRule.SpeakerBeforeQuote),
            new Quotation("a fantasy", 48, 57, QuoteKind.Partial, null, null, 0.1, AttributionRule.None),
        ],
        [new Person("David Lammy", ["Foreign Secretary"], [new Mention("Mr Lammy", 0, 8)])]);

    [Fact]
    public void Made_up_result_spans_index_the_input()
    {
        Assert.All(Result.Quotes, q => Assert.Equal(Input[q.Start..q.End], q.Text));
    }

    [Fact]
    public void Json_has_the_full_schema_with_kebab_rules_and_rounded_confidence()
    {
        var json = WriteJson(Result);

        using var doc = JsonDocument.Parse(json);
        JsonSchema.AssertFileReport(doc.RootElement, "made-up.txt", Input);
        var quotes = doc.RootElement.GetProperty("quotes");
        Assert.Equal("direct", quotes[0].GetProperty("kind").GetString());
        Assert.Equal("speaker-before-quote", quotes[0].GetProperty("rule").GetString());
        Assert.Equal(0.95, quotes[0].GetProperty("confidence").GetDouble());
        Assert.Equal("David Lammy", quotes[0].GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("said", quotes[0].GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("partial", quotes[1].GetProperty("kind").GetString());
        Assert.Equal("none", quotes[1].GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("cue").ValueKind);
        var person = doc.RootElement.GetProperty("people")[0];
        Assert.Equal("Foreign Secretary", person.GetProperty("titles")[0].GetString());
    }

    [Fact]
    public void Json_keeps_curly_quotes_and_dashes_unescaped()
    {
        const string text = "It’s “over” — now";
        var result = new AttributionResult(
            [new Quotation(text, 0, text.Length, QuoteKind.Direct, null, null, 1, AttributionRule.None)], []);

        var json = WriteJson(result);

        Assert.Contains("\"text\": \"It’s “over” — now\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AttributionRule.None, "none")]
    [InlineData(AttributionRule.SpeakerAfterQuote, "speaker-after-quote")]
    [InlineData(AttributionRule.ContinuedParagraph, "continued-paragraph")]
    [InlineData(AttributionRule.AccordingTo, "according-to")]
    public void Rules_are_written_in_kebab_case(AttributionRule rule, string expected)
    {
        var quote = new Quotation("x", 0, 1, QuoteKind.Block, null, null, 0.5, rule);

        Assert.Equal(expected, ReportMapper.ToReport(quote).Rule);
    }

    [Theory]
    [InlineData(double.NaN, 0)]
    [InlineData(1.5, 1)]
    [InlineData(-0.2, 0)]
    [InlineData(0.125, 0.13)]
    public void Confidence_is_rounded_into_range(double confidence, double expected)
    {
        var quote = new Quotation("x", 0, 1, QuoteKind.Indirect, null, null, confidence, AttributionRule.ReportedSpeech);

        Assert.Equal(expected, ReportMapper.ToReport(quote).Confidence);
    }

    [Fact]
    public void Empty_array_is_still_an_array()
    {
        using var output = new StringWriter();
        using (var writer = new JsonReportWriter(output, asArray: true))
        {
            writer.Complete();
        }

        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void Text_shows_kind_speaker_cue_quote_and_people()
    {
        using var output = new StringWriter();
        using (var writer = new TextReportWriter(output))
        {
            writer.Write(ReportMapper.ToReport("made-up.txt", Result));
            writer.Complete();
        }

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "made-up.txt: 2 quotes, 1 person",
                "  [direct] David Lammy (said) — “We must act.”",
                "  [partial] (unknown) — “a fantasy”",
                "  People:",
                "    David Lammy — Foreign Secretary",
            ],
            lines);
    }

    [Fact]
    public void Text_puts_a_quote_spanning_paragraphs_on_one_line()
    {
        var result = new AttributionResult(
            [new Quotation("One.\n\n“Two.", 0, 11, QuoteKind.Direct, null, null, 0, AttributionRule.None)], []);
        using var output = new StringWriter();
        using (var writer = new TextReportWriter(output))
        {
            writer.Write(ReportMapper.ToReport("-", result));
        }

        Assert.Contains("  [direct] (unknown) — “One. “Two.”", output.ToString(), StringComparison.Ordinal);
    }

    private static string WriteJson(AttributionResult result)
    {
        using var output = new StringWriter();
        using (var writer = new JsonReportWriter(output, asArray: false))
        {
            writer.Write(ReportMapper.ToReport("made-up.txt", result));
            writer.Complete();
        }

        return output.ToString();
    }
}
