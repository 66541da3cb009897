using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Attribution.Cli.Reports;

internal static class CompactJson
{
    /// <summary>One line of JSON, with the same readable escaping as the other reports.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, JsonReportWriter.Options(indented: false)))
        {
            JsonSerializer.Serialize(json, value, typeInfo);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
