using System.Buffers;
using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// Direct or partial: quoted words that start in lower case are a fragment of the writer's sentence; so is a short
/// capitalised phrase in running text (<c>the “Coalition of the Willing”</c>). Paragraph-spanning speech is direct.
/// </summary>
internal static class QuoteClassifier
{
    private const int ShortPhraseWords = 4;

    private const int MaxTitleWords = 10;

    private static readonly SearchValues<char> Leading = SearchValues.Create(" \t'\"‘’“”«»…[(.-—–");

    public static QuoteKind Classify(Document document, QuoteSpan quote)
    {
        if (quote.ContinuesPrevious || quote.ContinuesNext)
        {
            return QuoteKind.Direct;
        }

        var content = document[quote.Content];
        var first = content.IndexOfAnyExcept(Leading);
        if (first < 0 || char.IsLower(content[first]))
        {
            return QuoteKind.Partial;
        }

        if (IntroducedAsSpeech(document, quote) || CountWords(content) > ShortPhraseWords)
        {
            return QuoteKind.Direct;
        }

        return QuoteKind.Partial;
    }

    /// <summary>Opened at a sentence start or after <c>:</c>, <c>,</c> or a dash: the quotation stands as speech.</summary>
    internal static bool IntroducedAsSpeech(Document document, QuoteSpan quote)
    {
        var open = quote.OpenToken;
        var sentence = document.Sentences[document.SentenceOfToken[open]];
        if (open == sentence.FirstToken)
        {
            return true;
        }

        var before = document.Tokens[open - 1];
        var c = document.Text[before.Start];
        if (before.Kind == TokenKind.Punctuation && c == ',')
        {
            // After a comma, speech ends like speech; "an album, ‘Chain of Light’." is a title in apposition.
            var content = document[quote.Content];
            return content[^1] is '.' or '!' or '?' or '…' or ',';
        }

        return before.Kind == TokenKind.Dash || (before.Kind == TokenKind.Punctuation && c == ':');
    }

    /// <summary>
    /// Title case with no sentence inside (<c>‘Keeping Up with the Joneses’</c>, <c>“Chain of Light”</c>): the name of a
    /// work, a show or a campaign. Short function words may stay in lower case.
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> content)
    {
        var words = 0;
        var capitalised = 0;
        var inWord = false;
        for (var i = 0; i < content.Length; i++)
        {
            var c = content[i];
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                // Short function words stay lower case in titles ("Life and Times with the Hales").
                var end = i;
                while (end < content.Length && char.IsLetterOrDigit(content[end]))
                {
                    end++;
                }

                if (!IsMinorWord(content[i..end]))
                {
                    words++;
                    capitalised += char.IsUpper(c) || char.IsDigit(c) ? 1 : 0;
                }
            }

            if (c is '!' or '?' || (c == '.' && i < content.Length - 1))
            {
                return false;
            }

            inWord = letter;
        }

        return words is >= 2 and <= MaxTitleWords && capitalised * 3 >= words * 2;
    }

    /// <summary>
    /// <c>his nickname “Spike”</c>, <c>nicknamed “the Iron Lady”</c>, <c>also known as “Spike”</c>: quoted words that a
    /// name's noun or verb introduces are a name, nobody's speech.
    /// </summary>
    public static bool IsNickname(Document document, QuoteSpan quote)
    {
        var before = quote.OpenToken - 1;
        if (before >= 0 && document.Tokens[before].Kind == TokenKind.Word && document[document.Tokens[before]] is "his" or "her" or "their" or "the" or "a")
        {
            before--;
        }

        if (before < 0 || document.Tokens[before].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document[document.Tokens[before]];
        return word is "nickname" or "nicknamed" or "moniker" or "aka" or "a.k.a." ||
               (word is "as" && before > 0 && document[document.Tokens[before - 1]] is "known");
    }

    private static bool IsMinorWord(ReadOnlySpan<char> word) =>
        word is "a" or "an" or "the" or "and" or "or" or "of" or "in" or "on" or "at" or "to" or "for" or "with" or "by" or "from";

    public static int CountWords(ReadOnlySpan<char> content)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in content)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
