using System.Globalization;
using System.Text;

namespace Attribution.Cli.Reports;

/// <summary>A list for people to read: the quotations, a summary per speaker, the people; the other formats are for tools.</summary>
internal sealed class TextFormat : ReportFormat
{
    public override string Render(ArticleReport report)
    {
        var output = new StringBuilder();
        var result = report.Result;
        output.Append(CultureInfo.InvariantCulture, $"{ConsoleText.Line(report.Name)}: {Count(result.Quotes.Count, "quote")}, {Count(result.People.Count, "person", "people")}\n");

        foreach (var quote in result.Quotes)
        {
            var speaker = quote.Speaker?.Name ?? "(unknown)";
            var cue = quote.Cue is null ? "" : $" ({OneLine(quote.Cue.Text)})";

            // Reported speech is the writer's words, not the speaker's: quotation marks would claim it verbatim.
            var text = quote.Kind == QuoteKind.Indirect ? OneLine(quote.Text) : $"“{OneLine(quote.Text)}”";
            output.Append(CultureInfo.InvariantCulture, $"  [{JsonNames.Of(quote.Kind)}] {OneLine(speaker)}{cue} — {text}\n");
        }

        var speakers = SpeakerSummary.Of(result);
        if (speakers.Count > 0)
        {
            output.Append("  Speakers:\n");
            foreach (var summary in speakers)
            {
                var kinds = string.Join(", ", summary.Kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Count} {JsonNames.Of(k.Kind)}")));
                output.Append(CultureInfo.InvariantCulture, $"    {OneLine(summary.Name ?? "(unknown)")}: {Count(summary.Quotes, "quote")} ({kinds}), {Count(summary.Words, "word")}\n");
            }
        }

        if (result.People.Count > 0)
        {
            output.Append("  People:\n");
            foreach (var person in result.People)
            {
                var titles = person.Titles.Count == 0 ? "" : $" — {OneLine(string.Join(", ", person.Titles))}";
                // A source that is not one person says what it is: "police (organization)".
                var kind = person.Kind == PersonKind.Person ? "" : $" ({JsonNames.Of(person.Kind)})";
                output.Append(CultureInfo.InvariantCulture, $"    {OneLine(person.Name)}{kind}{titles}\n");
            }
        }

        return output.ToString();
    }

    /// <summary>A blank line between articles.</summary>
    public override string Separator() => "\n";

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    // A quotation can span paragraphs, and a file name can hold a line break; one line per item keeps the list
    // readable and easy to grep.
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
}
