using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>Writes indented JSON: one object for a single input, or an array of objects for a batch.</summary>
internal sealed class JsonReportWriter : IReportWriter
{
    private readonly TextWriter _output;
    private readonly bool _asArray;
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;
    private bool _arrayStarted;

    public JsonReportWriter(TextWriter output, bool asArray)
    {
        _output = output;
        _asArray = asArray;
        _json = new Utf8JsonWriter(_buffer, Options(indented: true));
    }

    public void Write(FileReport report)
    {
        StartArrayOnce();
        JsonSerializer.Serialize(_json, report, ReportJsonContext.Default.FileReport);
        Drain();
    }

    public void Complete()
    {
        if (!_asArray)
        {
            if (_json.BytesCommitted > 0)
            {
                _output.WriteLine();
            }

            return;
        }

        StartArrayOnce();
        _json.WriteEndArray();
        Drain();
        _output.WriteLine();
    }

    public void Dispose() => _json.Dispose();

    /// <summary>
    /// The default encoder escapes every non-ASCII character; quotations are full of curly quotes and dashes that
    /// must stay readable. The output is data for tools, never embedded in HTML, so HTML-safe escaping is not needed.
    /// </summary>
    internal static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private void StartArrayOnce()
    {
        if (_asArray && !_arrayStarted)
        {
            _json.WriteStartArray();
            _arrayStarted = true;
        }
    }

    private void Drain()
    {
        _json.Flush();
        _output.Write(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        _buffer.ResetWrittenCount();
    }
}
