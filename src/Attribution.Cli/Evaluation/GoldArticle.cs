using System.Text.Json;

namespace Attribution.Cli.Evaluation;

/// <summary>An article's gold answers, read with <see cref="JsonDocument"/> so the tool needs no reflection.</summary>
internal sealed record GoldArticle(string Name, IReadOnlyList<GoldQuote> Quotes)
{
    public static GoldArticle Parse(string name, string json)
    {
        using var document = JsonDocument.Parse(json);
        var quotes = new List<GoldQuote>();
        foreach (var quote in document.RootElement.GetProperty("quotes").EnumerateArray())
        {
            var aliases = new List<string>();
            if (quote.TryGetProperty("aliases", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                aliases.AddRange(list.EnumerateArray().Select(a => a.GetString() ?? ""));
            }

            var speaker = quote.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var note = quote.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() ?? "" : "";
            quotes.Add(new GoldQuote(
                quote.GetProperty("text").GetString() ?? "",
                quote.GetProperty("kind").GetString() ?? "direct",
                speaker,
                aliases,
                IsOptional: note.Contains("doubtful", StringComparison.OrdinalIgnoreCase) || note.Contains("borderline", StringComparison.OrdinalIgnoreCase)));
        }

        return new GoldArticle(name, quotes);
    }
}
