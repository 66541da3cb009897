using System.Globalization;
using System.Net;
using System.Text;

namespace Attribution.Cli.Reports.Html;

/// <summary>
/// One article of the visual report: a table of its speakers, its text with every quotation highlighted in its
/// speaker's colour (speaker, cue, rule and confidence on hover and in a numbered note), and the notes.
/// </summary>
internal static class HtmlArticle
{
    /// <param name="report">The article; its number makes the page's element ids unique.</param>
    public static string Render(ArticleReport report)
    {
        var result = report.Result;
        var colours = ColoursBySpeaker(result);
        var html = new StringBuilder(report.Text.Length * 2);
        var id = string.Create(CultureInfo.InvariantCulture, $"a{report.Number}");

        html.Append(CultureInfo.InvariantCulture, $"<article class=\"report\" id=\"{id}\" data-file=\"{Encode(report.Name)}\">\n");
        // The page's headline, or the file's name; the path as given follows in small print.
        var heading = report.Page?.Title ?? (report.Name == "-" ? "Standard input" : Path.GetFileName(report.Name));
        html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(heading)}</h2>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"source\">{Encode(report.Name)} · {Count(result.Quotes.Count, "quotation")} · {Count(result.People.Count, "person", "people")}</p>\n");

        AppendSpeakers(html, result, colours);
        AppendText(html, report.Text, result, colours, id);
        AppendNotes(html, result, id);
        html.Append("</article>\n");
        return html.ToString();
    }

    /// <summary>Each speaker's colour, in order of their first quotation, so colours follow the reading order.</summary>
    private static Dictionary<string, string> ColoursBySpeaker(AttributionResult result)
    {
        var colours = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var quote in result.Quotes)
        {
            if (quote.Speaker is { } speaker && !colours.ContainsKey(speaker.Name))
            {
                colours[speaker.Name] = SpeakerColours.For(colours.Count);
            }
        }

        return colours;
    }

    private static string ColourOf(Quotation quote, Dictionary<string, string> colours) =>
        quote.Speaker is { } speaker ? colours[speaker.Name] : SpeakerColours.Unknown;

    private static void AppendSpeakers(StringBuilder html, AttributionResult result, Dictionary<string, string> colours)
    {
        var speakers = SpeakerSummary.Of(result);
        if (speakers.Count == 0)
        {
            html.Append("<p class=\"none\">No quotations found.</p>\n");
            return;
        }

        html.Append("<table class=\"speakers\">\n<thead><tr><th>Speaker</th><th class=\"number\">Quotations</th><th>Kinds</th>"
            + "<th class=\"number\">Quoted words</th><th>Gender</th></tr></thead>\n<tbody>\n");
        foreach (var speaker in speakers)
        {
            var colour = speaker.Name is { } name ? colours[name] : SpeakerColours.Unknown;
            var kinds = string.Join(", ", speaker.Kinds.Select(k => string.Create(CultureInfo.InvariantCulture, $"{k.Count} {JsonNames.Of(k.Kind)}")));
            html.Append(CultureInfo.InvariantCulture, $"<tr data-speaker=\"{Encode(speaker.Name ?? "")}\">")
                .Append(CultureInfo.InvariantCulture, $"<td><span class=\"swatch\" style=\"background-color: {colour}\"></span>{Encode(speaker.Name ?? "(unknown)")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{speaker.Quotes}</td><td>{kinds}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{speaker.Words}</td><td>{JsonNames.Of(speaker.Gender)}</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>
    /// The text exactly as attributed (white space kept by the style sheet), each quotation a <c>mark</c>.
    /// Quotations are apart or nested, never crossing, so the marks nest as the quotations do.
    /// </summary>
    private static void AppendText(StringBuilder html, string text, AttributionResult result, Dictionary<string, string> colours, string id)
    {
        // Outer quotations first where two start together, so that the inner one opens inside it.
        var order = Enumerable.Range(0, result.Quotes.Count)
            .OrderBy(i => result.Quotes[i].Start)
            .ThenByDescending(i => result.Quotes[i].End)
            .ToList();
        var open = new Stack<int>();
        var position = 0;

        html.Append("<div class=\"text\">");
        foreach (var index in order)
        {
            var quote = result.Quotes[index];
            CloseUpTo(quote.Start);
            AppendPlain(html, text, position, quote.Start);
            position = quote.Start;
            html.Append(Open(quote, index, colours, id));
            open.Push(index);
        }

        CloseUpTo(text.Length);
        AppendPlain(html, text, position, text.Length);
        html.Append("</div>\n");

        void CloseUpTo(int limit)
        {
            while (open.Count > 0 && result.Quotes[open.Peek()].End <= limit)
            {
                var closing = open.Pop();
                var end = result.Quotes[closing].End;
                AppendPlain(html, text, position, end);
                position = end;
                html.Append(CultureInfo.InvariantCulture, $"</mark><sup class=\"ref\"><a href=\"#{id}-n{closing + 1}\">{closing + 1}</a></sup>");
            }
        }
    }

    /// <summary>
    /// <c>text[start..end]</c>, escaped. A paragraph that ends in a single line break gets a little space after it,
    /// an empty block that adds nothing to the text; one followed by a blank line has its space already.
    /// </summary>
    private static void AppendPlain(StringBuilder html, string text, int start, int end)
    {
        var from = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] != '\n' || (i + 1 < text.Length && text[i + 1] is '\n' or '\r') || PrecededByBreak(text, i))
            {
                continue;
            }

            html.Append(Encode(text[from..(i + 1)])).Append("<span class=\"pb\"></span>");
            from = i + 1;
        }

        html.Append(Encode(text[from..end]));
    }

    private static bool PrecededByBreak(string text, int newline)
    {
        var i = newline - 1;
        if (i >= 0 && text[i] == '\r')
        {
            i--;
        }

        return i >= 0 && text[i] == '\n';
    }

    private static string Open(Quotation quote, int index, Dictionary<string, string> colours, string id)
    {
        var speaker = quote.Speaker?.Name;
        var classes = "quote " + JsonNames.Of(quote.Kind) + (speaker is null ? " unknown" : "");
        var tip = Tip(quote);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<mark class=\"{classes}\" id=\"{id}-q{index + 1}\" data-quote=\"{index + 1}\" data-speaker=\"{Encode(speaker ?? "")}\" "
            + $"data-kind=\"{JsonNames.Of(quote.Kind)}\" data-rule=\"{JsonNames.Of(quote.Rule)}\" data-confidence=\"{Confidence(quote)}\" "
            + $"style=\"background-color: {ColourOf(quote, colours)}\" title=\"{Encode(tip)}\">");
    }

    private static void AppendNotes(StringBuilder html, AttributionResult result, string id)
    {
        if (result.Quotes.Count == 0)
        {
            return;
        }

        html.Append("<ol class=\"notes\">\n");
        for (var i = 0; i < result.Quotes.Count; i++)
        {
            var quote = result.Quotes[i];
            var speaker = quote.Speaker is { } s
                ? $"<b>{Encode(s.Name)}</b>" + (s.Mention.Text == s.Name ? "" : $" (“{Encode(s.Mention.Text)}”)")
                : "<b>(unknown)</b>";
            var cue = quote.Cue is { } c ? $" · cue “{Encode(c.Text)}”" : "";
            html.Append(CultureInfo.InvariantCulture, $"<li id=\"{id}-n{i + 1}\"><a href=\"#{id}-q{i + 1}\">↑</a> {speaker}{cue} · {JsonNames.Of(quote.Kind)} · rule {JsonNames.Of(quote.Rule)} · confidence {Confidence(quote)}</li>\n");
        }

        html.Append("</ol>\n");
    }

    private static string Tip(Quotation quote)
    {
        var speaker = quote.Speaker?.Name ?? "speaker unknown";
        var cue = quote.Cue is { } c ? $" · {c.Text}" : "";
        return $"{speaker}{cue} · {JsonNames.Of(quote.Kind)} · {JsonNames.Of(quote.Rule)} · confidence {Confidence(quote)}";
    }

    private static string Confidence(Quotation quote) => quote.Confidence.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>Escapes for text and attribute values alike.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
