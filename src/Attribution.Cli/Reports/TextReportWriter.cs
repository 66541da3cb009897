using System.Globalization;
using System.Text;

namespace Attribution.Cli.Reports;

/// <summary>Writes a list for people to read; the JSON formats are the ones for tools.</summary>
internal sealed class TextReportWriter(TextWriter output) : IReportWriter
{
    private bool _first = true;

    public void Write(FileReport report)
    {
        if (!_first)
        {
            output.WriteLine();
        }

        _first = false;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{report.File}: {Count(report.Quotes.Count, "quote")}, {Count(report.People.Count, "person", "people")}"));

        foreach (var quote in report.Quotes)
        {
            var speaker = quote.Speaker?.Name ?? "(unknown)";
            var cue = quote.Cue is null ? "" : $" ({OneLine(quote.Cue.Text)})";
            output.WriteLine($"  [{quote.Kind}] {OneLine(speaker)}{cue} — “{OneLine(quote.Text)}”");
        }

        if (report.People.Count > 0)
        {
            output.WriteLine("  People:");
            foreach (var person in report.People)
            {
                var titles = person.Titles.Count == 0 ? "" : $" — {OneLine(string.Join(", ", person.Titles))}";
                output.WriteLine($"    {OneLine(person.Name)}{titles}");
            }
        }
    }

    public void Complete() => output.Flush();

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    // A quotation can span paragraphs; one line per quotation keeps the list readable and easy to grep.
    private static string OneLine(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var line = new StringBuilder(text.Length);
        var inBreak = false;
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                if (!inBreak)
                {
                    line.Append(' ');
                }

                inBreak = true;
                continue;
            }

            line.Append(c);
            inBreak = false;
        }

        return line.ToString();
    }

    public void Dispose()
    {
    }
}
