using System.Globalization;
using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

public class ScoreTableTests
{
    private static string Write(IReadOnlyList<ArticleScore> scores, bool findings = false)
    {
        using var output = new StringWriter { NewLine = "\n" };
        ScoreTable.Write(output, scores);
        if (findings)
        {
            ScoreTable.WriteFindings(output, scores);
        }

        return output.ToString();
    }

    private static ArticleScore Article(string name, GroupScore quoted, params Finding[] findings) =>
        new(name, quoted, GroupScore.Empty, findings);

    [Fact]
    public void Rows_then_a_totals_row_with_two_decimals()
    {
        var a = Article("a", new GroupScore(Gold: 2, Predicted: 1, Found: 1, Real: 1, CorrectExact: 1, CorrectLenient: 1));
        var b = Article("b", new GroupScore(Gold: 2, Predicted: 2, Found: 2, Real: 1, CorrectExact: 1, CorrectLenient: 2));

        var lines = Write([a, b]).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("| article | quoted gold | pred | P | R | F1 |", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("|---|", lines[1], StringComparison.Ordinal);
        Assert.Equal("| a | 2 | 1 | 1.00 | 0.50 | 0.67 | 1.00 | 0.67 | 0.67 | 0 | 0 | 1.00 | 1.00 | 1.00 |", lines[2]);
        Assert.Equal("| b | 2 | 2 | 0.50 | 1.00 | 0.67 | 0.50 | 0.50 | 1.00 | 0 | 0 | 1.00 | 1.00 | 1.00 |", lines[3]);
        // Totals add the counts: 4 gold, 3 predicted, 3 found, 2 real, 2 exact, 3 lenient.
        Assert.Equal("| **all 2** | 4 | 3 | 0.67 | 0.75 | 0.71 | 0.67 | 0.57 | 0.86 | 0 | 0 | 1.00 | 1.00 | 1.00 |", lines[4]);
        Assert.All(lines, line => Assert.Equal(lines[0].Count(c => c == '|'), line.Count(c => c == '|')));
    }

    [Fact]
    public void Figures_use_a_decimal_point_whatever_the_culture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var text = Write([Article("a", new GroupScore(2, 1, 1, 1, 1, 1))]);

            Assert.Contains("| 0.50 |", text, StringComparison.Ordinal);
            Assert.DoesNotContain("0,50", text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Findings_are_listed_per_article_with_their_kind()
    {
        var score = Article(
            "bridge",
            GroupScore.Empty,
            new Finding(FindingKind.Missed, "We are on schedule.", "Jane Doe", null, null),
            new Finding(FindingKind.Spurious, "a fantasy", null, null, "none"),
            new Finding(FindingKind.WrongSpeaker, "Nothing has changed.", "Jane Doe", "Tom Reed", "previous-speaker"),
            new Finding(FindingKind.Missed, "the bridge would open", "Jane Doe", null, null, Indirect: true));

        var text = Write([score, Article("clean", GroupScore.Empty)], findings: true);

        Assert.Contains(
            "\n## bridge\n" +
            "- missed (speaker Jane Doe): “We are on schedule.”\n" +
            "- spurious [none] (no speaker): “a fantasy”\n" +
            "- wrong speaker [previous-speaker] Tom Reed instead of Jane Doe: “Nothing has changed.”\n" +
            "- missed indirect (speaker Jane Doe): “the bridge would open”\n",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("## clean", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_finding_text_is_cut_at_100_characters()
    {
        var longText = new string('a', 150);
        var score = Article("long", GroupScore.Empty, new Finding(FindingKind.Missed, longText, null, null, null));

        var text = Write([score], findings: true);

        Assert.Contains($"- missed (speaker none): “{new string('a', 100)}…”", text, StringComparison.Ordinal);
    }
}
