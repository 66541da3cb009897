using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Attribution.Cli.Streaming;

/// <summary>One line of <c>--stdin-jsonl</c> as read: <c>{"id": …, "text": …}</c>.</summary>
/// <param name="Id">The <c>id</c> as sent (a string or a number, kept as its JSON so it is echoed unchanged), or <see langword="null"/>.</param>
/// <param name="Text">The article, or <see langword="null"/> when <paramref name="Error"/> says why there is none.</param>
/// <param name="Error">Why the line cannot be attributed, or <see langword="null"/>.</param>
/// <param name="Warning">What was repaired to read the line (bytes that were not UTF-8, a lone surrogate escape), or <see langword="null"/>.</param>
internal sealed record LineRequest(JsonElement? Id, string? Text, string? Error, string? Warning = null)
{
    // Two "text" members would leave it to chance which one is the article; say so instead.
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    /// <summary>
    /// Reads a line; every other member than <c>id</c> and <c>text</c> is ignored, so callers may pass whole records.
    /// Never throws: whatever the line holds, it gets an answer. Bytes that are not UTF-8 and escapes of lone
    /// surrogate halves (<c>"\ud800"</c>, valid JSON but no text) become U+FFFD, as a file's bad bytes do, and the
    /// warning says so; the line is still attributed.
    /// </summary>
    public static LineRequest Parse(ReadOnlyMemory<byte> line)
    {
        string? warning = null;
        if (!Utf8.IsValid(line.Span))
        {
            line = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line.Span));
            warning = "not valid UTF-8; undecodable bytes were replaced with U+FFFD";
        }

        if (IsBlank(line.Span))
        {
            return Failed(null, "blank line", warning);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, Strict);
        }
        catch (JsonException e)
        {
            return Failed(null, $"invalid JSON: {e.Message}", warning);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Failed(null, "expected a JSON object {\"id\": …, \"text\": …}", warning);
            }

            JsonElement? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                switch (idElement.ValueKind)
                {
                    case JsonValueKind.String or JsonValueKind.Number:
                        // A copy that outlives the document, since the line is answered on another thread. It is
                        // written back as the very JSON that was sent, so even "\udc00" is echoed as it came.
                        id = idElement.Clone();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return Failed(null, "\"id\" must be a string or a number", warning);
                }
            }

            if (!root.TryGetProperty("text", out var text))
            {
                return Failed(id, "missing \"text\"", warning);
            }

            if (text.ValueKind != JsonValueKind.String)
            {
                return Failed(id, "\"text\" must be a string", warning);
            }

            if (ReadString(text) is { } article)
            {
                return new LineRequest(id, article, null, warning);
            }

            var repaired = LoneSurrogates.Replace(text.GetRawText());
            return new LineRequest(id, repaired, null, Join(warning, "\"text\" holds an escaped lone surrogate half; it was replaced with U+FFFD"));
        }
    }

    /// <summary>The string, or <see langword="null"/> when its escapes make no text (a lone surrogate half).</summary>
    private static string? ReadString(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Empty or only whitespace, as <see cref="string.IsNullOrWhiteSpace"/> has it.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        Span<char> chars = stackalloc char[64];
        while (!line.IsEmpty)
        {
            Utf8.ToUtf16(line, chars, out var read, out var written);
            if (!chars[..written].IsWhiteSpace())
            {
                return false;
            }

            line = line[read..];
        }

        return true;
    }

    private static string? Join(string? first, string second) => first is null ? second : $"{first}; {second}";

    private static LineRequest Failed(JsonElement? id, string error, string? warning) => new(id, null, error, warning);
}
