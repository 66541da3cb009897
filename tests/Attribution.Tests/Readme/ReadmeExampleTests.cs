using System.Runtime.CompilerServices;
using Attribution;

namespace Attribution.Tests.Readme;

/// <summary>
/// The README's C# examples, compiled and run here. Each is written between <c>// &lt;readme&gt;</c> markers exactly as
/// the README shows it after its using lines; <see cref="Every_csharp_block_in_the_readme_is_an_example_compiled_here"/>
/// fails when one is edited without the other.
/// </summary>
[Collection(SharedProcessState.Name)]
public sealed class ReadmeExampleTests
{
    [Fact]
    public void The_first_example_prints_each_quote_of_article_txt_with_its_speaker()
    {
        var output = RunInDirectoryWith(CorpusFiles.Read("paris-talks.txt"), FirstExample);

        Assert.Contains("David Lammy: ", output, StringComparison.Ordinal);
        Assert.StartsWith("David Lammy: immediate, full and unconditional ceasefire", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_options_example_prints_what_its_comment_says()
    {
        var output = RunInDirectoryWith("", OptionsExample);

        Assert.Equal("Ruth Okafor (deadpanned)" + Environment.NewLine, output);
    }

    [Fact]
    public void Without_the_options_the_options_example_finds_no_speaker()
    {
        // Otherwise the example would show options that change nothing.
        var quote = new QuoteAttributor().Attribute("“It is open,” Alderman Ruth Okafor deadpanned.").Quotes[0];

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Every_csharp_block_in_the_readme_is_an_example_compiled_here()
    {
        var source = File.ReadAllText(ThisFile()).ReplaceLineEndings("\n");
        var readme = File.ReadAllText(ReadmePath()).ReplaceLineEndings("\n");
        var usings = source.Split('\n').TakeWhile(line => !line.StartsWith("namespace", StringComparison.Ordinal)).ToHashSet();

        var blocks = ReadmeText.CodeBlocks(readme, "csharp");
        var examples = ReadmeText.Regions(source, "// <readme>", "// </readme>");

        Assert.Equal(5, examples.Count);
        Assert.Equal(examples.Count, blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            var (blockUsings, body) = ReadmeText.SplitUsings(blocks[i]);
            Assert.All(blockUsings, line => Assert.Contains(line, usings));
            Assert.Equal(examples[i], body);
        }
    }

    [Fact]
    public void The_analysis_example_prints_a_line_per_word_then_the_entities()
    {
        var lines = RunInDirectoryWith("", AnalysisExample).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        // didn't is two words, did and n't; the last line is the one person the sentence names.
        Assert.Contains(lines, line => line.StartsWith("did\tAux\tVBD\t", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("n't\tPart\tRB\tadvmod → say", StringComparison.Ordinal));
        Assert.Equal("Ada Lind: Person", lines[^1]);
    }

    [Fact]
    public void The_streaming_example_prints_each_file_with_its_count_in_order()
    {
        var output = RunInDirectoryWith("", () =>
        {
            Directory.CreateDirectory("news");
            File.WriteAllText("news/a.txt", CorpusFiles.Read("paris-talks.txt"));
            File.WriteAllText("news/b.txt", "“Doors open at noon,” Ann Lee said.");
            StreamingExample();
        });

        var lines = output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, line => line == $"{Path.Combine("news", "a.txt")}: 9 quotations");
        Assert.Contains(lines, line => line == $"{Path.Combine("news", "b.txt")}: 1 quotations");
    }

    [Fact]
    public void The_json_example_writes_code_point_offsets_that_slice_the_text_as_python_would()
    {
        const string article = "🎉 “We are open,” Ann Lee said.";
        string? json = null;
        RunInDirectoryWith(article, () =>
        {
            JsonExample();
            json = File.ReadAllText("article.json");
        });

        var quote = AttributionJson.Deserialize(json!).Quotes[0];
        var codePoints = article.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal("We are open,", string.Concat(codePoints[quote.Start..quote.End]));
        Assert.Contains("\"rule\": \"speaker-after-quote\"", json, StringComparison.Ordinal);
    }

    private static void FirstExample()
    {
        // <readme>
        var result = new QuoteAttributor().Attribute(File.ReadAllText("article.txt"));
        foreach (var quote in result.Quotes)
            Console.WriteLine($"{quote.Speaker?.Name ?? "(unknown)"}: {quote.Text}");
        // </readme>
    }

    private static void OptionsExample()
    {
        // <readme>
        var attributor = new QuoteAttributor(new AttributionOptions
        {
            ExtraCueVerbs = ["deadpanned", "deadpans"],
            ExtraTitles = ["Alderman"],
        });
        var quote = attributor.Attribute("“It is open,” Alderman Ruth Okafor deadpanned.").Quotes[0];
        Console.WriteLine($"{quote.Speaker?.Name} ({quote.Cue?.Text})"); // Ruth Okafor (deadpanned)
        // </readme>
    }

    private static void StreamingExample()
    {
        // <readme>
        var attributor = new QuoteAttributor();
        var files = Directory.EnumerateFiles("news", "*.txt");
        foreach (var (file, result) in attributor.AttributeMany(files, File.ReadAllText, (file, result) => (file, result!)))
            Console.WriteLine($"{file}: {result.Quotes.Count} quotations");
        // </readme>
    }

    private static void JsonExample()
    {
        // <readme>
        var text = File.ReadAllText("article.txt");
        var result = new QuoteAttributor().Attribute(text);
        var forPython = new OffsetConverter(text, OffsetUnit.CodePoints).Convert(result);
        File.WriteAllText("article.json", AttributionJson.Serialize(forPython, indented: true));
        // </readme>
    }

    private static void AnalysisExample()
    {
        // <readme>
        var analysis = LanguageModel.English.Analyze("“We will rebuild,” Mayor Ada Lind told reporters. She didn't say when.");
        foreach (var token in analysis.Tokens)
            Console.WriteLine($"{token.Text}\t{token.Upos}\t{token.Xpos}\t{token.Relation} → {(token.Head < 0 ? "root" : analysis.Tokens[token.Head].Text)}");
        foreach (var entity in analysis.Entities)
            Console.WriteLine($"{entity.Text}: {entity.Type}");
        // </readme>
    }

    /// <summary>Runs an example as a reader would: in a directory holding its <c>article.txt</c>, printing to the console.</summary>
    private static string RunInDirectoryWith(string article, Action example)
    {
        var directory = Path.Combine(Path.GetTempPath(), "attribution-readme-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var previousDirectory = Environment.CurrentDirectory;
        var previousOut = Console.Out;
        using var output = new StringWriter();
        try
        {
            File.WriteAllText(Path.Combine(directory, "article.txt"), article);
            Environment.CurrentDirectory = directory;
            Console.SetOut(output);
            example();
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
            Directory.Delete(directory, recursive: true);
        }

        return output.ToString();
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;

    private static string ReadmePath()
    {
        for (var directory = Path.GetDirectoryName(ThisFile()); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "Attribution.sln")))
            {
                return Path.Combine(directory, "README.md");
            }
        }

        throw new FileNotFoundException("README.md: no Attribution.sln above " + ThisFile());
    }
}
