using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Attribution.Cli.Reports;

/// <summary>Writes one compact JSON object per line, flushed at once so a reader can follow a long batch.</summary>
internal sealed class JsonLinesReportWriter(TextWriter output) : IReportWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new();

    public void Write(FileReport report)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, JsonReportWriter.Options(indented: false)))
        {
            JsonSerializer.Serialize(json, report, ReportJsonContext.Default.FileReport);
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
        output.Flush();
    }

    public void Complete()
    {
    }

    public void Dispose()
    {
    }
}
