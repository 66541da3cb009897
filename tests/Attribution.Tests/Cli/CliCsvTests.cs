using System.Globalization;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary><c>--format csv</c>: one header, then a row per quotation of every article, in input order, as the JSON says.</summary>
public sealed class CliCsvTests
{
    [Fact]
    public void A_directory_is_one_table_with_a_row_per_quotation_matching_the_json()
    {
        var csv = CliRunner.Run("--format", "csv", CorpusFiles.Directory);
        var json = CliRunner.Run("--format", "json", CorpusFiles.Directory);

        Assert.Equal(0, csv.ExitCode);
        Assert.Equal("", csv.Stderr);
        var rows = CsvRows.Parse(csv.Stdout);
        Assert.Equal(Attribution.Cli.Reports.CsvFormat.Columns, rows[0]);
        Assert.Single(rows, row => row[0] == "file");

        using var reports = JsonDocument.Parse(json.Stdout);
        var expected = reports.RootElement.EnumerateArray()
            .SelectMany(report => report.GetProperty("quotes").EnumerateArray().Select((quote, i) => new[]
            {
                report.GetProperty("file").GetString()!,
                (i + 1).ToString(CultureInfo.InvariantCulture),
                quote.GetProperty("kind").GetString()!,
                quote.GetProperty("start").GetInt32().ToString(CultureInfo.InvariantCulture),
                quote.GetProperty("end").GetInt32().ToString(CultureInfo.InvariantCulture),
                quote.GetProperty("text").GetString()!,
                quote.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } s ? s.GetProperty("name").GetString()! : "",
                quote.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } m ? m.GetProperty("mention").GetProperty("text").GetString()! : "",
            }))
            .ToList();
        Assert.True(expected.Count > 100);
        Assert.Equal(expected.Count, rows.Count - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], rows[i + 1][..8]);
        }
    }

    [Fact]
    public void An_article_without_quotations_gives_the_header_alone()
    {
        var outcome = CliRunner.RunWithStdin("No one said anything.\n", "--format", "csv");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([Attribution.Cli.Reports.CsvFormat.Columns], CsvRows.Parse(outcome.Stdout));
    }
}
