using System.Text.Json;
using Attribution.Tests.Cli;

namespace Attribution.Tests.Results;

/// <summary>The library's JSON: one shape whichever serializer writes it, the shape the schema file describes.</summary>
public sealed class AttributionJsonTests
{
    private static readonly QuoteAttributor Attributor = new();

    private static AttributionResult Reference { get; } = Attributor.Attribute(CorpusFiles.Read("paris-talks.txt"));

    [Fact]
    public void Plain_System_Text_Json_writes_camel_case_and_enum_names_like_AttributionJson()
    {
        // What an application gets with no options at all, reflection-based: the attributes on the types decide.
        var plain = JsonSerializer.Serialize(Reference);

        using var fromPlain = JsonDocument.Parse(plain);
        using var fromLibrary = JsonDocument.Parse(AttributionJson.Serialize(Reference));
        Assert.True(JsonElement.DeepEquals(fromPlain.RootElement, fromLibrary.RootElement));
        Assert.Contains("\"rule\":\"speaker-after-quote\"", plain, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"direct\"", plain, StringComparison.Ordinal);
        Assert.Contains("\"gender\":\"female\"", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Quotes\"", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reference_result_is_valid_against_the_schema_file()
    {
        using var json = JsonDocument.Parse(AttributionJson.Serialize(Reference, indented: true));

        ReportSchema.AssertValid(json.RootElement, ReportSchema.Result);
        Spans.AssertIndex(json.RootElement, CorpusFiles.Read("paris-talks.txt"));
    }

    [Fact]
    public void Every_corpus_result_is_valid_against_the_schema_file()
    {
        foreach (var file in Directory.GetFiles(CorpusFiles.Directory, "*.txt"))
        {
            using var json = JsonDocument.Parse(AttributionJson.Serialize(Attributor.Attribute(File.ReadAllText(file))));
            ReportSchema.AssertValid(json.RootElement, ReportSchema.Result);
        }
    }

    [Fact]
    public void The_schema_names_exactly_the_enum_values_the_library_writes()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(ReportSchema.SchemaPath));
        var definitions = schema.RootElement.GetProperty("$defs");

        Assert.Equal(Names<QuoteKind>(), Enum(definitions, "kind"));
        Assert.Equal(Names<AttributionRule>(), Enum(definitions, "rule"));
        Assert.Equal(Names<Gender>(), Enum(definitions, "gender"));
    }

    [Fact]
    public void A_result_reads_back_to_the_same_json()
    {
        var json = AttributionJson.Serialize(Reference);

        var again = AttributionJson.Deserialize(json);

        Assert.Equal(json, AttributionJson.Serialize(again));
        Assert.Equal(Reference.Quotes.Count, again.Quotes.Count);
        Assert.Equal(Reference.Quotes[0], again.Quotes[0] with { Speaker = Reference.Quotes[0].Speaker });
        Assert.Equal(Reference.People[0].Gender, again.People[0].Gender);
    }

    [Fact]
    public void Reading_ignores_the_tools_own_members()
    {
        var article = $$"""{"file": "a.txt", "quotes": [], "people": [], "title": "T", "text": ""}""";

        var result = AttributionJson.Deserialize(article);

        Assert.Empty(result.Quotes);
        Assert.Empty(result.People);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("{\"quotes\": []}")]
    [InlineData("{\"quotes\": [{\"text\": null, \"start\": 0, \"end\": 0, \"kind\": \"direct\", \"speaker\": null, \"cue\": null, \"confidence\": 1, \"rule\": \"none\"}], \"people\": []}")]
    [InlineData("{\"quotes\": [], \"people\": [], ")]
    [InlineData("{\"quotes\": [{\"text\": \"x\", \"start\": 0, \"end\": 1, \"kind\": \"loud\", \"speaker\": null, \"cue\": null, \"confidence\": 1, \"rule\": \"none\"}], \"people\": []}")]
    public void What_is_not_a_result_is_a_json_exception(string json)
    {
        Assert.ThrowsAny<JsonException>(() => AttributionJson.Deserialize(json));
        Assert.ThrowsAny<JsonException>(() => AttributionJson.Deserialize(System.Text.Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Write_members_puts_the_result_beside_a_callers_own_members()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "x-17");
            AttributionJson.WriteMembers(writer, Reference);
            writer.WriteEndObject();
        }

        using var wrapped = JsonDocument.Parse(buffer.WrittenMemory);
        using var alone = JsonDocument.Parse(AttributionJson.Serialize(Reference));
        Assert.Equal(["id", "quotes", "people"], wrapped.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(JsonElement.DeepEquals(alone.RootElement.GetProperty("quotes"), wrapped.RootElement.GetProperty("quotes")));
        Assert.True(JsonElement.DeepEquals(alone.RootElement.GetProperty("people"), wrapped.RootElement.GetProperty("people")));
    }

    [Fact]
    public void Serialize_escapes_outside_ascii_by_default_and_a_writer_chooses_otherwise()
    {
        var result = new AttributionResult([new Quotation("“Hi”", 0, 4, QuoteKind.Direct, null, null, 1, AttributionRule.None)], []);

        Assert.Contains("\\u201CHi\\u201D", AttributionJson.Serialize(result), StringComparison.Ordinal);

        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            AttributionJson.Serialize(writer, result);
        }

        Assert.Contains("“Hi”", System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan), StringComparison.Ordinal);
    }

    private static List<string> Names<T>()
        where T : struct, Enum =>
        [.. System.Enum.GetValues<T>().Select(value => JsonSerializer.Serialize(value, AttributionJson.Options).Trim('"'))];

    private static List<string> Enum(JsonElement definitions, string name) =>
        [.. definitions.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!)];
}
