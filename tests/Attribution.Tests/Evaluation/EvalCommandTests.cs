using Attribution.Tests.Cli;

namespace Attribution.Tests.Evaluation;

public class EvalCommandTests
{
    private const string Article =
        "Mayor Jane Doe said the bridge would reopen in May.\n" +
        "“We are on schedule,” Ms Doe said on Tuesday.\n";

    // The last entry is not in the article at all, so it is missed whatever the engine does.
    private const string Gold = """
        {
          "people": [ {"name": "Jane Doe", "mentions": ["Mayor Jane Doe", "Ms Doe"]} ],
          "quotes": [
            {"text": "the bridge would reopen in May", "kind": "indirect", "speaker": "Jane Doe"},
            {"text": "We are on schedule,", "kind": "direct", "speaker": "Jane Doe"},
            {"text": "Nobody in this article ever says these words.", "kind": "direct", "speaker": "Tom Reed"}
          ]
        }
        """;

    private static TempDirectory Corpus()
    {
        var dir = new TempDirectory();
        dir.Write("bridge.txt", Article);
        dir.Write("bridge.gold.json", Gold);
        return dir;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Several_directories_get_a_table_each_under_their_names()
    {
        using var news = Corpus();
        using var interviews = Corpus();

        var outcome = CliRunner.Run("eval", news.Path, interviews.Path);

        Assert.Equal(0, outcome.ExitCode);
        var lines = Lines(outcome.Stdout);
        Assert.Equal(["### " + news.Path, "### " + interviews.Path], lines.Where(l => l.StartsWith("### ", StringComparison.Ordinal)));
        Assert.Equal(2, lines.Count(l => l.StartsWith("| **all 1**", StringComparison.Ordinal)));
    }

    [Fact]
    public void Prints_a_Markdown_table_with_a_row_per_article_and_a_totals_row()
    {
        using var dir = Corpus();

        var outcome = CliRunner.Run("eval", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        var lines = Lines(outcome.Stdout);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("| article | quoted gold | pred |", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("|---|--:|", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("| bridge | 2 | ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("| **all 1** | 2 | ", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain("missed", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Totals_row_adds_up_every_article_in_ordinal_order()
    {
        using var dir = Corpus();
        dir.Write("another.txt", "Nothing was said here.\n");
        dir.Write("another.gold.json", """{"quotes": [{"text": "Never said.", "kind": "direct", "speaker": null}]}""");
        dir.Write("notes.txt", "A text without gold answers is not scored.\n");

        var outcome = CliRunner.Run("eval", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        var lines = Lines(outcome.Stdout);
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("| another | 1 | ", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("| bridge | 2 | ", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("| **all 2** | 3 | ", lines[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--verbose")]
    [InlineData("-v")]
    public void Verbose_lists_a_missed_quotation(string option)
    {
        using var dir = Corpus();

        var outcome = CliRunner.Run("eval", dir.Path, option);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        Assert.Contains("## bridge", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains(
            "- missed (speaker Tom Reed): “Nobody in this article ever says these words.”",
            outcome.Stdout,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_may_come_before_the_directory()
    {
        using var dir = Corpus();

        var outcome = CliRunner.Run("eval", "--verbose", dir.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("- missed (speaker Tom Reed)", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_directory_is_a_usage_error()
    {
        var outcome = CliRunner.Run("eval");

        Assert.Equal(2, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [InlineData("--bogus")]
    public void Wrong_arguments_are_a_usage_error(params string[] args)
    {
        var outcome = CliRunner.Run(["eval", .. args]);

        Assert.Equal(2, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void A_missing_directory_among_several_prints_no_table()
    {
        using var news = Corpus();
        var missing = Path.Combine(Path.GetTempPath(), "attribution-no-such-" + Guid.NewGuid().ToString("N"));

        var outcome = CliRunner.Run("eval", news.Path, missing);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(missing, outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Missing_directory_exits_1_and_names_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "attribution-no-such-" + Guid.NewGuid().ToString("N"));

        var outcome = CliRunner.Run("eval", missing);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains(missing, outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Directory_without_gold_files_exits_1()
    {
        using var dir = new TempDirectory();
        dir.Write("bridge.txt", Article);

        var outcome = CliRunner.Run("eval", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains("no *.gold.json files", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_without_its_article_exits_1()
    {
        using var dir = new TempDirectory();
        dir.Write("bridge.gold.json", Gold);

        var outcome = CliRunner.Run("eval", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains("bridge.txt", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"people": []}""")]
    [InlineData("""{"quotes": [{"kind": "direct"}]}""")]
    [InlineData("""{"quotes": [{"text": 42, "kind": "direct"}]}""")]
    public void Malformed_gold_exits_1_with_one_line(string gold)
    {
        using var dir = new TempDirectory();
        dir.Write("bridge.txt", Article);
        dir.Write("bridge.gold.json", gold);

        var outcome = CliRunner.Run("eval", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Help_lists_eval_among_the_commands()
    {
        var outcome = CliRunner.Run("--help");

        Assert.Equal(0, outcome.ExitCode);
        var commands = outcome.Stdout[outcome.Stdout.IndexOf("Commands:\n", StringComparison.Ordinal)..];
        Assert.Matches(@"\n  eval <DIR> +Scores", commands);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Eval_has_help_of_its_own(string option)
    {
        var outcome = CliRunner.Run("eval", option);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("", outcome.Stderr);
        Assert.Contains("Usage:\n  attribution eval <DIR>... [options]\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("-v, --verbose", outcome.Stdout, StringComparison.Ordinal);

        // Its own exit codes, and not the attribute command's inputs or options.
        Assert.Contains("0    the table was printed", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("FILE|DIR|-", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("--format", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_eval_option_is_named_with_a_suggestion()
    {
        var outcome = CliRunner.Run("eval", "corpus", "--verbos");

        Assert.Equal(2, outcome.ExitCode);
        AssertOneLineError(outcome.Stderr);
        Assert.Contains("'--verbos' (did you mean '--verbose'?); see 'attribution eval --help'", outcome.Stderr, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(string stderr)
    {
        var line = Assert.Single(Lines(stderr));
        Assert.StartsWith("attribution: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Folds_cross_validate_the_ranker_and_print_its_calibration()
    {
        using var first = Corpus();
        using var second = Corpus();

        var outcome = CliRunner.Run("eval", "--folds", "2", first.Path, second.Path);

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("Cross-validated: ", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Lines(outcome.Stdout).Count(l => l.StartsWith("| confidence | quotations |", StringComparison.Ordinal)));
        Assert.Equal(2, Lines(outcome.Stdout).Count(l => l.StartsWith("Brier score ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("21")]
    [InlineData("many")]
    public void Folds_out_of_range_are_a_usage_error(string folds)
    {
        using var dir = Corpus();

        var outcome = CliRunner.Run("eval", "--folds", folds, dir.Path);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--folds", outcome.Stderr, StringComparison.Ordinal);
    }
}
