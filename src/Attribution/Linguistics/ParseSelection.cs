using Attribution.Speakers;
using Attribution.Text;

namespace Attribution.Linguistics;

/// <summary>
/// A whole-text analysis that parses only the sentences attribution could read: those holding a quotation mark or a
/// reporting verb (the linguistic benchmarks measure it beside parsing everything; the attribution itself goes
/// further and parses, on demand, only the sentences a quotation its word rules left open cuts). No sentence of more
/// than <see cref="MaxWords"/> words is parsed either way: a run-on "sentence" of hundreds of words (a wall of
/// quotation marks, a list of names) parses poorly, no rule reads its tree, and parsing it cost memory by its length.
/// </summary>
internal static class ParseSelection
{
    /// <summary>The longest sentence parsed for attribution, in words.</summary>
    public const int MaxWords = 150;

    public static bool NeedsParse(LinguisticDocument document, int sentence)
    {
        var range = document.Sentences.AsSpan()[sentence];
        if (range.Length > MaxWords)
        {
            return false;
        }

        var words = document.Words.AsSpan();
        var tokens = document.Document.Tokens;
        var text = document.Text;
        for (var w = range.FirstWord; w < range.EndWord; w++)
        {
            var word = words[w];
            if (tokens[word.Token].Kind == TokenKind.QuoteMark && word.Length == tokens[word.Token].Length)
            {
                return true;
            }

            if (CueLexicon.Default.IsCueWord(word.Of(text)))
            {
                return true;
            }
        }

        return false;
    }
}
