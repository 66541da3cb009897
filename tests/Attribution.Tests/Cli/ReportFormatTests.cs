using System.Text.Json;
using Attribution.Cli;
using Attribution.Cli.Reports;

namespace Attribution.Tests.Cli;

/// <summary>
/// The formats fed a hand-made result, so the full schema (speakers, cues, people) is checked whatever the engine
/// finds today.
/// </summary>
public sealed class ReportFormatTests
{
    private const string Input = "Mr Lammy said: “We must act.” Others called it “a fantasy”. He said the talks had failed.";

    private static readonly AttributionResult Result = new(
        [
            new Quotation(
                "We must act.", 16, 28, QuoteKind.Direct,
                new Speaker("David Lammy", new Mention("Mr Lammy", 0, 8), 0),
                new Mention("said", 9, 13),
                0.955, AttributionRule.SpeakerBeforeQuote),
            new Quotation("a fantasy", 48, 57, QuoteKind.Partial, null, null, 0.1, AttributionRule.None),
            new Quotation(
                "the talks had failed", 68, 88, QuoteKind.Indirect,
                new Speaker("David Lammy", new Mention("He", 60, 62), 0),
                new Mention("said", 63, 67),
                0.7, AttributionRule.ReportedSpeech),
        ],
        [new Person("David Lammy", ["Foreign Secretary"], [new Mention("Mr Lammy", 0, 8), new Mention("He", 60, 62)], Gender.Male)]);

    [Fact]
    public void Made_up_result_spans_index_the_input()
    {
        Assert.All(Result.Quotes, q => Assert.Equal(Input[q.Start..q.End], q.Text));
        Assert.All(Result.People[0].Mentions, m => Assert.Equal(Input[m.Start..m.End], m.Text));
    }

    [Fact]
    public void Json_has_the_full_schema_with_kebab_rules_and_the_library_confidence()
    {
        var json = Write(OutputFormat.Json, Result);

        using var doc = JsonDocument.Parse(json);
        ReportSchema.AssertValid(doc.RootElement, ReportSchema.Article);
        Spans.AssertIndex(doc.RootElement, Input);
        var quotes = doc.RootElement.GetProperty("quotes");
        Assert.Equal("direct", quotes[0].GetProperty("kind").GetString());
        Assert.Equal("speaker-before-quote", quotes[0].GetProperty("rule").GetString());
        Assert.Equal(0.955, quotes[0].GetProperty("confidence").GetDouble());
        Assert.Equal("David Lammy", quotes[0].GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("said", quotes[0].GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("partial", quotes[1].GetProperty("kind").GetString());
        Assert.Equal("none", quotes[1].GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, quotes[1].GetProperty("cue").ValueKind);
        var person = doc.RootElement.GetProperty("people")[0];
        Assert.Equal("Foreign Secretary", person.GetProperty("titles")[0].GetString());
        Assert.Equal("male", person.GetProperty("gender").GetString());
    }

    [Fact]
    public void Json_is_the_library_json_with_the_file_name_first()
    {
        using var cli = JsonDocument.Parse(Write(OutputFormat.JsonLines, Result));
        using var library = JsonDocument.Parse(AttributionJson.Serialize(Result));

        Assert.Equal(["file", "quotes", "people"], cli.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(JsonElement.DeepEquals(library.RootElement.GetProperty("quotes"), cli.RootElement.GetProperty("quotes")));
        Assert.True(JsonElement.DeepEquals(library.RootElement.GetProperty("people"), cli.RootElement.GetProperty("people")));
    }

    [Fact]
    public void Json_keeps_curly_quotes_and_dashes_unescaped()
    {
        const string text = "It’s “over” — now";
        var result = new AttributionResult(
            [new Quotation(text, 0, text.Length, QuoteKind.Direct, null, null, 1, AttributionRule.None)], []);

        var json = Write(OutputFormat.Json, result, text);

        Assert.Contains("\"text\": \"It’s “over” — now\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_batch_is_still_an_array()
    {
        using var output = new StringWriter();
        new ReportWriter(ReportFormat.For(OutputFormat.Json, OffsetUnit.Utf16, isBatch: true), output).Complete();

        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(0, doc.RootElement.GetArrayLength());
    }

    [Fact]
    public void A_batch_is_one_indented_array_of_the_single_objects()
    {
        var format = ReportFormat.For(OutputFormat.Json, OffsetUnit.Utf16, isBatch: true);
        using var output = new StringWriter();
        var writer = new ReportWriter(format, output);
        writer.Write(format.Render(new ArticleReport("a.txt", Input, Result, null, 1)));
        writer.Write(format.Render(new ArticleReport("b.txt", Input, Result, null, 2)));
        writer.Complete();

        using var doc = JsonDocument.Parse(output.ToString());
        Assert.Equal(["a.txt", "b.txt"], doc.RootElement.EnumerateArray().Select(a => a.GetProperty("file").GetString()));
        var single = Write(OutputFormat.Json, Result).TrimEnd('\n').Replace("made-up.txt", "a.txt", StringComparison.Ordinal);
        Assert.Contains("[\n  " + single.ReplaceLineEndings("\n  ") + ",\n  {", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_shows_quotations_a_summary_per_speaker_and_people()
    {
        var lines = Write(OutputFormat.Text, Result).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
            [
                "made-up.txt: 3 quotes, 1 person",
                "  [direct] David Lammy (said) — “We must act.”",
                "  [partial] (unknown) — “a fantasy”",
                "  [indirect] David Lammy (said) — the talks had failed",
                "  Speakers:",
                "    David Lammy: 2 quotes (1 direct, 1 indirect), 7 words",
                "    (unknown): 1 quote (1 partial), 2 words",
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

        Assert.Contains("  [direct] (unknown) — “One. “Two.”", Write(OutputFormat.Text, result, "One.\n\n“Two."), StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_has_a_header_and_a_row_per_quotation_with_empty_fields_for_what_is_missing()
    {
        var csv = Write(OutputFormat.Csv, Result);

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", CsvFormat.Columns), rows[0]);
        Assert.Equal("made-up.txt,1,direct,16,28,We must act.,David Lammy,Mr Lammy,0,8,person,male,said,9,13,0.955,speaker-before-quote", rows[1]);
        Assert.Equal("made-up.txt,2,partial,48,57,a fantasy,,,,,,,,,,0.1,none", rows[2]);
        Assert.Equal("made-up.txt,3,indirect,68,88,the talks had failed,David Lammy,He,60,62,person,male,said,63,67,0.7,reported-speech", rows[3]);
        Assert.Equal(4, rows.Length);
    }

    [Fact]
    public void Csv_quotes_fields_that_hold_commas_quotes_and_line_breaks()
    {
        const string text = "A, “B” and\nC";
        var result = new AttributionResult([new Quotation(text, 0, text.Length, QuoteKind.Block, null, null, 1, AttributionRule.None)], []);

        var csv = Write(OutputFormat.Csv, result, text);

        Assert.Contains(",\"A, “B” and\nC\",", csv, StringComparison.Ordinal);
        Assert.Contains("\"a, \"\"b\"\"\"", Write(OutputFormat.Csv, result with { Quotes = [result.Quotes[0] with { Text = "a, \"b\"" }] }, text), StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_the_articles_markup_and_nests_a_quotation_inside_another()
    {
        const string text = "<script>alert(1)</script> “He said ‘go’ & left,” Ann Lee said.";
        var outer = text.IndexOf('H', StringComparison.Ordinal);
        var inner = text.IndexOf("go", StringComparison.Ordinal);
        var result = new AttributionResult(
            [
                new Quotation(text[outer..(text.IndexOf('”', StringComparison.Ordinal))], outer, text.IndexOf('”', StringComparison.Ordinal), QuoteKind.Direct, null, null, 0.5, AttributionRule.None),
                new Quotation("go", inner, inner + 2, QuoteKind.Partial, null, null, 0.5, AttributionRule.None),
            ],
            []);

        var page = Write(OutputFormat.Html, result, text);

        Assert.DoesNotContain("<script>", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&amp; left,", page, StringComparison.Ordinal);

        // The inner mark opens and closes inside the outer one.
        var first = page.IndexOf("data-quote=\"1\"", StringComparison.Ordinal);
        var second = page.IndexOf("data-quote=\"2\"", StringComparison.Ordinal);
        var firstClose = page.IndexOf("</mark>", second, StringComparison.Ordinal);
        var secondClose = page.IndexOf("</mark>", firstClose + 1, StringComparison.Ordinal);
        Assert.True(first < second && second < firstClose && firstClose < secondClose);
        Assert.Contains("go</mark><sup class=\"ref\"><a href=\"#a1-n2\">2</a></sup>’ &amp; left,</mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_for_a_batch_is_one_page_with_a_section_per_article()
    {
        var format = ReportFormat.For(OutputFormat.Html, OffsetUnit.Utf16, isBatch: true);
        using var output = new StringWriter();
        var writer = new ReportWriter(format, output);
        writer.Write(format.Render(new ArticleReport("a.txt", Input, Result, null, 1)));
        writer.Write(format.Render(new ArticleReport("b.txt", Input, Result, null, 2)));
        writer.Complete();

        var page = output.ToString();
        Assert.Equal(1, Count(page, "<!DOCTYPE html>"));
        Assert.Equal(1, Count(page, "</html>"));
        Assert.Equal(2, Count(page, "<article class=\"report\""));
        Assert.Contains("id=\"a2-q3\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    private static string Write(OutputFormat format, AttributionResult result, string input = Input)
    {
        var reportFormat = ReportFormat.For(format, OffsetUnit.Utf16, isBatch: false);
        using var output = new StringWriter();
        var writer = new ReportWriter(reportFormat, output);
        writer.Write(reportFormat.Render(new ArticleReport("made-up.txt", input, result, null, 1)));
        writer.Complete();
        return output.ToString();
    }
}
