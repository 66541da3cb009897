using System.Text.Json;

namespace Attribution.Tests.Cli;

public sealed class CliJsonTests
{
    [Fact]
    public void Json_for_one_file_is_one_object_with_the_schema()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("bridge.txt", Articles.Bridge);

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, path, Articles.Bridge);
    }

    [Fact]
    public void Json_from_stdin_names_the_file_dash()
    {
        var outcome = CliRunner.RunWithStdin(Articles.Harbour, "--format=json", "-");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, "-", Articles.Harbour);
    }

    [Fact]
    public void No_input_reads_stdin()
    {
        var outcome = CliRunner.RunWithStdin(Articles.Harbour, "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, "-", Articles.Harbour);
    }

    [Fact]
    public void Json_for_several_files_is_an_array_in_command_line_order()
    {
        using var dir = new TempDirectory();
        var harbour = dir.Write("harbour.txt", Articles.Harbour);
        var bridge = dir.Write("bridge.txt", Articles.Bridge);

        var outcome = CliRunner.Run("--format", "json", harbour, bridge);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        ReportSchema.AssertFileReport(json.RootElement[0], harbour, Articles.Harbour);
        ReportSchema.AssertFileReport(json.RootElement[1], bridge, Articles.Bridge);
    }

    [Fact]
    public void Json_for_a_directory_is_an_array_of_its_txt_files_recursively_in_ordinal_order()
    {
        using var dir = new TempDirectory();
        dir.Write("b.txt", Articles.Bridge);
        dir.Write("a/z.txt", Articles.Harbour);
        dir.Write("B.txt", Articles.Harbour);
        dir.Write("skip.md", "not an article");

        var outcome = CliRunner.Run("--format", "json", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var files = json.RootElement.EnumerateArray().Select(r => r.GetProperty("file").GetString()!).ToArray();
        Assert.Equal(
            [Path.Combine(dir.Path, "B.txt"), Path.Combine(dir.Path, "a", "z.txt"), Path.Combine(dir.Path, "b.txt")],
            files);
    }

    [Fact]
    public void Jsonl_writes_one_compact_object_per_file()
    {
        using var dir = new TempDirectory();
        var bridge = dir.Write("bridge.txt", Articles.Bridge);
        var harbour = dir.Write("harbour.txt", Articles.Harbour);

        var outcome = CliRunner.RunWithStdin(Articles.Bridge, "--format", "jsonl", bridge, harbour, "-");

        Assert.Equal(0, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        string[] expectedFiles = [bridge, harbour, "-"];
        string[] inputs = [Articles.Bridge, Articles.Harbour, Articles.Bridge];
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            ReportSchema.AssertFileReport(json.RootElement, expectedFiles[i], inputs[i]);
        }
    }

    [Fact]
    public void Reference_article_json_matches_the_schema()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "paris-talks.txt");

        var outcome = CliRunner.Run("--format", "json", path);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        ReportSchema.AssertFileReport(json.RootElement, path, File.ReadAllText(path));
    }
}
