using System.Globalization;
using CsvHelper;

namespace Attribution.Cli.Reports;

/// <summary>
/// One CSV row per quotation under one header (RFC 4180, written by CsvHelper): a table for a spreadsheet, pandas
/// or Spark. Offsets in the unit asked for; the speaker's kind and gender from their people entry; empty fields where there
/// is no speaker or cue.
/// </summary>
internal sealed class CsvFormat(OffsetUnit offsets) : ReportFormat
{
    public static readonly string[] Columns =
    [
        "file", "quote", "kind", "start", "end", "text", "speaker", "speaker_mention", "speaker_start", "speaker_end",
        "speaker_kind", "speaker_gender", "cue", "cue_start", "cue_end", "confidence", "rule",
    ];

    public override string Render(ArticleReport report)
    {
        var result = offsets == OffsetUnit.Utf16 ? report.Result : new OffsetConverter(report.Text, offsets).Convert(report.Result);
        return Write(csv =>
        {
            for (var i = 0; i < result.Quotes.Count; i++)
            {
                var quote = result.Quotes[i];
                csv.WriteRecord(
                [
                    report.Name,
                    Number(i + 1),
                    JsonNames.Of(quote.Kind),
                    Number(quote.Start),
                    Number(quote.End),
                    quote.Text,
                    quote.Speaker?.Name ?? "",
                    quote.Speaker?.Mention.Text ?? "",
                    quote.Speaker is { } speaker ? Number(speaker.Mention.Start) : "",
                    quote.Speaker is { } s ? Number(s.Mention.End) : "",
                    EntryOf(result, quote) is { } kindOf ? JsonNames.Of(kindOf.Kind) : "",
                    EntryOf(result, quote) is { } genderOf ? JsonNames.Of(genderOf.Gender) : "",
                    quote.Cue?.Text ?? "",
                    quote.Cue is { } cue ? Number(cue.Start) : "",
                    quote.Cue is { } c ? Number(c.End) : "",
                    quote.Confidence.ToString(CultureInfo.InvariantCulture),
                    JsonNames.Of(quote.Rule),
                ]);
            }
        });
    }

    public override string Start() => Write(csv => csv.WriteRecord(Columns));

    /// <summary>The speaker's entry in the people list, or null (no speaker, or a result built without the link).</summary>
    private static Person? EntryOf(AttributionResult result, Quotation quote) =>
        quote.Speaker is { Person: var p } && (uint)p < (uint)result.People.Count ? result.People[p] : null;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Write(Action<CsvWriter> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions(), leaveOpen: true))
        {
            rows(csv);
        }

        return text.ToString();
    }
}
