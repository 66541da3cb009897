using System.Text.Json;
using Json.Schema;

namespace Attribution.Tests.Cli;

/// <summary>
/// Checks documents against the JSON Schema in the repository (<c>schema/attribution.schema.json</c>), and what a
/// schema cannot say: that every span's text is exactly the input between its offsets.
/// </summary>
internal static class ReportSchema
{
    public const string Result = "result";
    public const string Article = "article";
    public const string LineAnswer = "lineAnswer";
    public const string LineError = "lineError";

    private static readonly Lazy<BuildOptions> Options = new(Load);
    private static readonly Lock Gate = new();

    public static string SchemaPath => Path.Combine(RepositoryRoot(), "schema", "attribution.schema.json");

    /// <summary>Fails with every error the validator found when <paramref name="document"/> is not a <paramref name="definition"/>.</summary>
    public static void AssertValid(JsonElement document, string definition)
    {
        var results = Validate(document, definition);
        Assert.True(results.IsValid, $"not a valid {definition}:\n" + string.Join("\n", Errors(results)) + "\n" + document.GetRawText()[..Math.Min(2000, document.GetRawText().Length)]);
    }

    public static EvaluationResults Validate(JsonElement document, string definition)
    {
        var id = SchemaId();

        // One registry serves every test, and building a schema registers it there: tests run in parallel, and the
        // registry is not safe for that (a full run once failed three tests with a reference it could not resolve).
        lock (Gate)
        {
            var reference = JsonSchema.FromText($$"""{"$ref": "{{id}}#/$defs/{{definition}}"}""", Options.Value);
            return reference.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        }
    }

    public static void AssertFileReport(JsonElement report, string expectedFile, string input)
    {
        AssertValid(report, Article);
        Assert.Equal(expectedFile, report.GetProperty("file").GetString());
        var names = report.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["file", "quotes", "people"], names.Take(3));
        Spans.AssertIndex(report, input);
    }

    public static void AssertLineAnswer(JsonElement answer, string input)
    {
        AssertValid(answer, LineAnswer);
        AssertProperties(answer, "id", "quotes", "people");
        Spans.AssertIndex(answer, input);
    }

    public static void AssertLineError(JsonElement answer)
    {
        AssertValid(answer, LineError);
        AssertProperties(answer, "id", "error");
    }

    public static void AssertProperties(JsonElement element, params string[] names)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        Assert.Equal(names, element.EnumerateObject().Select(p => p.Name));
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Key}: {e.Value}"));

    private static string SchemaId()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        return schema.RootElement.GetProperty("$id").GetString()!;
    }

    private static BuildOptions Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        JsonSchema.FromText(File.ReadAllText(SchemaPath), options);
        return options;
    }

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
