using System.Text.Json;

namespace Attribution.Cli.Streaming;

/// <summary>One line of <c>--stdin-jsonl</c> as read: <c>{"id": …, "text": …}</c>.</summary>
/// <param name="Id">The <c>id</c> as sent (a string or a number, kept as its JSON so it is echoed unchanged), or <see langword="null"/>.</param>
/// <param name="Text">The article, or <see langword="null"/> when <paramref name="Error"/> says why there is none.</param>
/// <param name="Error">Why the line cannot be attributed, or <see langword="null"/>.</param>
internal sealed record LineRequest(JsonElement? Id, string? Text, string? Error)
{
    // Two "text" members would leave it to chance which one is the article; say so instead.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>Reads a line; every other member than <c>id</c> and <c>text</c> is ignored, so callers may pass whole records.</summary>
    public static LineRequest Parse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return Failed(null, "blank line");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Strict);
        }
        catch (JsonException e)
        {
            return Failed(null, $"invalid JSON: {e.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(null, "expected a JSON object {\"id\": …, \"text\": …}");
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                switch (idElement.ValueKind)
                {
                    case JsonValueKind.String or JsonValueKind.Number:
                        // A copy that outlives the document, since the line is answered on another thread.
                        id = idElement.Clone();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return Failed(null, "\"id\" must be a string or a number");
                }
            }

            if (!root.TryGetProperty("text", out var text))
            {
                return Failed(id, "missing \"text\"");
            }

            return text.ValueKind == JsonValueKind.String
                ? new LineRequest(id, text.GetString(), null)
                : Failed(id, "\"text\" must be a string");
        }
    }

    private static LineRequest Failed(JsonElement? id, string error) => new(id, null, error);
}
