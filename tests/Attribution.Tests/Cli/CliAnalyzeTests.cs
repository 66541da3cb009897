using System.Text.Json;
using Attribution.Linguistics.Conllu;
using Attribution.Tests.Linguistics;

namespace Attribution.Tests.Cli;

public sealed class CliAnalyzeTests
{
    private const string Text = "“We will rebuild,” Mayor Ada Lind said. She didn't say when.\nThe council met.";

    [Fact]
    public void Analyze_writes_conllu_that_reads_back_with_the_same_words_and_tree()
    {
        var outcome = CliRunner.RunWithStdin(Text, "analyze");

        Assert.Equal(0, outcome.ExitCode);
        var sentences = ConlluReader.Read(new StringReader(outcome.Stdout));
        var analysis = LanguageModel.English.Analyze(Text);
        Assert.Equal(analysis.Sentences.Count, sentences.Count);
        Assert.Equal(analysis.Tokens.Select(t => t.Text), sentences.SelectMany(s => s.Words).Select(w => w.Form));
        Assert.Equal(analysis.Tokens.Select(t => t.Relation), sentences.SelectMany(s => s.Words).Select(w => w.Relation));
        Assert.Equal(["1", "2", "3"], outcome.Stdout.Split('\n').Where(l => l.StartsWith("# sent_id = ", StringComparison.Ordinal)).Select(l => l[12..]));
    }

    [Fact]
    public void Conllu_marks_multiword_tokens_spacing_and_entities()
    {
        var outcome = CliRunner.RunWithStdin(Text, "analyze", "--format", "conllu");
        var lines = outcome.Stdout.Split('\n');

        Assert.Contains(lines, l => l.StartsWith("# text = She didn't say when.", StringComparison.Ordinal));
        var range = Assert.Single(lines, l => l.Contains("\tdidn't\t", StringComparison.Ordinal));
        Assert.Matches(@"^\d+-\d+\tdidn't\t", range);
        Assert.Contains(lines, l => l.Contains("\tAda\t", StringComparison.Ordinal) && l.EndsWith("NER=B-PER", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\tLind\t", StringComparison.Ordinal) && l.EndsWith("NER=I-PER", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\t“\t", StringComparison.Ordinal) && l.EndsWith("SpaceAfter=No", StringComparison.Ordinal));
        Assert.All(lines.Where(l => l.Length > 0 && !l.StartsWith('#')), l => Assert.Equal(10, l.Split('\t').Length));
    }

    [Fact]
    public void Json_gives_sentences_tokens_and_entities_with_offsets()
    {
        var outcome = CliRunner.RunWithStdin(Text, "analyze", "--format", "json");

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        var sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(3, sentences.GetArrayLength());
        foreach (var token in sentences.EnumerateArray().SelectMany(s => s.GetProperty("tokens").EnumerateArray()))
        {
            var start = token.GetProperty("start").GetInt32();
            var end = token.GetProperty("end").GetInt32();
            Assert.Equal(Text[start..end], token.GetProperty("text").GetString());
        }

        Assert.Contains(json.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString() == "Ada Lind" && e.GetProperty("type").GetString() == "person");
    }

    [Fact]
    public void Analyze_reads_a_file_and_reports_a_missing_one()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.txt", Text);

        Assert.Equal(0, CliRunner.Run("analyze", path).ExitCode);
        var missing = CliRunner.Run("analyze", Path.Combine(dir.Path, "nope.txt"));
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--bogus")]
    [InlineData("a.txt", "b.txt")]
    public void Bad_analyze_arguments_are_usage_errors(params string[] args)
    {
        var outcome = CliRunner.Run(["analyze", .. args]);

        Assert.Equal(2, outcome.ExitCode);
        Assert.StartsWith("attribution: ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_ud_scores_a_treebank_it_was_not_trained_on()
    {
        using var dir = new TempDirectory();
        var gold = dir.Write("slice.conllu", string.Join('\n', File.ReadLines(Treebank.EwtDev).Take(4000)) + "\n\n");

        var outcome = CliRunner.Run("eval-ud", gold);

        Assert.Equal(0, outcome.ExitCode);
        var rows = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToArray();
        Assert.Equal(["Tokens", "Sentences", "Words", "UPOS", "XPOS", "UAS", "LAS"], rows);
    }

    [Fact]
    public void Eval_ud_of_a_treebank_against_its_own_analysis_is_perfect()
    {
        using var dir = new TempDirectory();
        var analyzed = CliRunner.RunWithStdin(Text, "analyze").Stdout;
        var gold = dir.Write("self.conllu", analyzed);

        var outcome = CliRunner.Run("eval-ud", gold);

        Assert.Equal(0, outcome.ExitCode);
        Assert.All(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.EndsWith("F1 100.00", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Eval_ud_without_a_file_is_a_usage_error() => Assert.Equal(2, CliRunner.Run("eval-ud").ExitCode);
}
