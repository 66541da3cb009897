using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>
/// The tool's JSON objects: the library's result (<see cref="AttributionJson"/>) with the tool's own members beside
/// it, <c>file</c> or <c>id</c> first, and for a page its <c>title</c> and extracted <c>text</c> last. The shape is
/// <c>schema/attribution.schema.json</c>.
/// </summary>
internal static class ReportJson
{
    /// <summary>
    /// The default encoder escapes every non-ASCII character; quotations are full of curly quotes and dashes that
    /// must stay readable. The output is data for tools, never embedded in HTML, so HTML-safe escaping is not needed.
    /// </summary>
    public static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An article's object: <c>{"file": …, "quotes": […], "people": […]}</c>, offsets in <paramref name="offsets"/>.</summary>
    /// <param name="lineEnd">Whether a line end follows the object, as a JSON line's does.</param>
    public static string Article(ArticleReport report, OffsetUnit offsets, bool indented, bool lineEnd = false) =>
        Write(indented, lineEnd, json =>
        {
            json.WriteString("file", report.Name);
            AttributionJson.WriteMembers(json, Convert(report.Result, report.Text, offsets));
            if (report.Page is { } page)
            {
                json.WriteString("title", page.Title);
                json.WriteString("text", report.Text);
            }
        });

    /// <summary>The answer to a good line of <c>--stdin-jsonl</c>: <c>{"id": …, "quotes": […], "people": […]}</c>, offsets into its text.</summary>
    public static string Line(JsonElement? id, string text, AttributionResult result, OffsetUnit offsets) =>
        Write(indented: false, lineEnd: false, json =>
        {
            WriteId(json, id);
            AttributionJson.WriteMembers(json, Convert(result, text, offsets));
        });

    /// <summary>The answer to a line that could not be attributed: <c>{"id": …, "error": "…"}</c>.</summary>
    public static string LineError(JsonElement? id, string error) =>
        Write(indented: false, lineEnd: false, json =>
        {
            WriteId(json, id);
            json.WriteString("error", error);
        });

    private static AttributionResult Convert(AttributionResult result, string text, OffsetUnit offsets) =>
        offsets == OffsetUnit.Utf16 ? result : new OffsetConverter(text, offsets).Convert(result);

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
        {
            // Written back as the very JSON it came as: "\udc00" is valid JSON that no .NET string can hold, and
            // re-encoding it as a string once ended the whole stream.
            json.WriteRawValue(value.GetRawText(), skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static string Write(bool indented, bool lineEnd, Action<Utf8JsonWriter> members)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options(indented)))
        {
            json.WriteStartObject();
            members(json);
            json.WriteEndObject();
        }

        if (lineEnd)
        {
            // Here rather than appended to the string: the report of a list of a million names is hundreds of
            // megabytes, and the concatenation was one more copy of it at the peak.
            buffer.Write("\n"u8);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
