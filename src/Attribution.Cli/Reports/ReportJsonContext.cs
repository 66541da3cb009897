using System.Text.Json.Serialization;

namespace Attribution.Cli.Reports;

// Source-generated so that the tool needs no reflection and stays trimmable and AOT-compatible.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FileReport))]
[JsonSerializable(typeof(LineReport))]
[JsonSerializable(typeof(LineErrorReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
