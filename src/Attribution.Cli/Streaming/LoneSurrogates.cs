using System.Globalization;
using System.Text;

namespace Attribution.Cli.Streaming;

/// <summary>
/// Decodes a JSON string whose escapes hold a surrogate half with no partner (<c>"\ud800"</c>): valid JSON, but no
/// text, so System.Text.Json refuses to read it. Each such half becomes U+FFFD, one character for one, so that every
/// other character keeps its offset; everything else decodes as JSON says.
/// </summary>
internal static class LoneSurrogates
{
    /// <param name="rawString">The string token as it stands in the JSON, quotes and escapes included.</param>
    public static string Replace(string rawString)
    {
        var body = rawString.AsSpan(1, rawString.Length - 2);
        var text = new StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escaped = body[++i];
            if (escaped != 'u')
            {
                text.Append(escaped switch
                {
                    'b' => '\b',
                    'f' => '\f',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => escaped, // \" \\ \/
                });
                continue;
            }

            text.Append((char)int.Parse(body.Slice(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            i += 4;
        }

        // The escapes are decoded; now the halves that found no partner are replaced, pairs kept.
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                text[i] = '\uFFFD';
            }
        }

        return text.ToString();
    }
}
