using Attribution.Text;

namespace Attribution.Linguistics.Words;

/// <summary>
/// Turns the tokens of the text stage into the words the models were trained on, the way the English Universal
/// Dependencies treebanks write them: clitics stand apart (<c>do|n't</c>, <c>Ukraine|'s</c>, <c>I|'m</c>), hyphens
/// between letters are words of their own (<c>post|-|war</c>) while telephone numbers stay whole, clock times and
/// ratios are one word (<c>10:30</c>), and the trained exceptions decide forms such as <c>cannot</c> or
/// <c>e-mail</c>, and which prefixes keep their hyphen (<c>non-</c>, <c>re-</c>, <c>anti-</c>: <c>non-profit</c> is one
/// word). Words only ever cut tokens or join touching ones, so every word is a substring of the text.
/// </summary>
internal static class WordSplitter
{
    /// <param name="text">The caller's string.</param>
    /// <param name="tokens">The tokens to split, a slice of the document's tokens.</param>
    /// <param name="exceptions">The trained exceptions.</param>
    /// <param name="words">Where the words go.</param>
    /// <param name="firstToken">The index of <paramref name="tokens"/>' first token in the document, for <see cref="Word.Token"/>.</param>
    public static void Split(string text, ReadOnlySpan<Token> tokens, WordExceptions exceptions, PooledList<Word> words, int firstToken = 0)
    {
        var before = words.Count;
        SplitTokens(text, tokens, exceptions, words);
        if (firstToken != 0)
        {
            var added = words.AsSpan()[before..];
            for (var i = 0; i < added.Length; i++)
            {
                added[i] = added[i] with { Token = added[i].Token + firstToken };
            }
        }
    }

    private static void SplitTokens(string text, ReadOnlySpan<Token> tokens, WordExceptions exceptions, PooledList<Word> words)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (JoinsNumbers(text, tokens, t, out var joined))
            {
                // "7:30PM" is the time and "PM".
                var end = tokens[joined].End;
                var meridiem = MeridiemLength(text.AsSpan(token.Start, end - token.Start));
                words.Add(new Word(token.Start, end - meridiem, t));
                if (meridiem > 0)
                {
                    words.Add(new Word(end - meridiem, end, joined));
                }

                t = joined;
                continue;
            }

            if (JoinsPunctuation(text, tokens, t, out joined) || JoinsDoubledQuote(text, tokens, t, out joined) || JoinsEmoticon(text, tokens, t, out joined) ||
                JoinsDotted(text, tokens, t, out joined))
            {
                words.Add(new Word(token.Start, tokens[joined].End, t));
                t = joined;
                continue;
            }

            var form = token.Of(text);
            if (token.Kind is TokenKind.Word or TokenKind.Number && form.Length > 1)
            {
                if (exceptions.Find(form) is { } lengths)
                {
                    var start = token.Start;
                    for (var k = 0; k < lengths.Length && start < token.End; k++)
                    {
                        var end = k == lengths.Length - 1 ? token.End : Math.Min(start + (lengths[k] & ~WordExceptions.NewToken), token.End);
                        words.Add(new Word(start, end, t, k > 0 && (lengths[k] & WordExceptions.NewToken) == 0));
                        start = end;
                    }

                    continue;
                }

                if (token.Kind == TokenKind.Number && MeridiemLength(form) is var meridiem and > 0)
                {
                    words.Add(new Word(token.Start, token.End - meridiem, t));
                    words.Add(new Word(token.End - meridiem, token.End, t));
                    continue;
                }

                if (SplitsClitic(form) is var clitic and > 0)
                {
                    AddHyphenated(text, token.Start, token.End - clitic, t, exceptions, words);
                    words.Add(new Word(token.End - clitic, token.End, t, continuesToken: true));
                    continue;
                }

                AddHyphenated(text, token.Start, token.End, t, exceptions, words);
                continue;
            }

            words.Add(new Word(token.Start, token.End, t));
        }
    }

    /// <summary>The length of the clitic that ends <paramref name="form"/> (<c>n't</c>, <c>'s</c>, <c>'ll</c>), or 0.</summary>
    private static int SplitsClitic(ReadOnlySpan<char> form)
    {
        var n = form.Length;
        if (n >= 4 && (form[n - 1] | 0x20) == 't' && CharClass.IsApostrophe(form[n - 2]) && (form[n - 3] | 0x20) == 'n')
        {
            return 3;
        }

        if (n >= 3 && CharClass.IsApostrophe(form[n - 2]) && (form[n - 1] | 0x20) is 's' or 'd' or 'm')
        {
            return 2;
        }

        if (n >= 4 && CharClass.IsApostrophe(form[n - 3]) &&
            (((form[n - 2] | 0x20) == 'r' && (form[n - 1] | 0x20) == 'e') ||
             ((form[n - 2] | 0x20) == 'v' && (form[n - 1] | 0x20) == 'e') ||
             ((form[n - 2] | 0x20) == 'l' && (form[n - 1] | 0x20) == 'l')))
        {
            return 3;
        }

        return 0;
    }

    /// <summary>
    /// Adds <c>[start, end)</c> as words, cut at each hyphen between word characters unless it is a number, or the
    /// first hyphen after a prefix the exceptions keep whole with its hyphen (<c>non-</c>: one word, as the treebanks
    /// write <c>non-profit</c>, <c>non-Microsoft</c>).
    /// </summary>
    private static void AddHyphenated(string text, int start, int end, int token, WordExceptions exceptions, PooledList<Word> words)
    {
        var span = text.AsSpan(start, end - start);
        if (span.IndexOfAny('-', '\u2010', '\u2011') < 0 || IsHyphenatedNumber(span))
        {
            words.Add(new Word(start, end, token));
            return;
        }

        var wordStart = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] is '-' or '\u2010' or '\u2011' && CharClass.IsWordChar(text[i - 1]) && CharClass.IsWordChar(text[i + 1]) &&
                !(wordStart == start && KeepsPrefix(text.AsSpan(start, i + 1 - start), exceptions)))
            {
                words.Add(new Word(wordStart, i, token));
                words.Add(new Word(i, i + 1, token));
                wordStart = i + 1;
            }
        }

        words.Add(new Word(wordStart, end, token));
    }

    /// <summary>Whether the exceptions keep <paramref name="prefix"/> (a token's start up to its first hyphen, included) one word.</summary>
    private static bool KeepsPrefix(ReadOnlySpan<char> prefix, WordExceptions exceptions) =>
        exceptions.Find(prefix) is { Length: 1 } lengths && lengths[0] == prefix.Length;

    /// <summary>
    /// Telephone and postal numbers (<c>713-853-3989</c>, <c>345-8702</c>, <c>94720-1900</c>) are one word; ranges and
    /// compounds (<c>1969-1970</c>, <c>5-year</c>) are not.
    /// </summary>
    private static bool IsHyphenatedNumber(ReadOnlySpan<char> span)
    {
        var groups = 0;
        var first = 0;
        var last = 0;
        foreach (var range in span.Split('-'))
        {
            var group = span[range];
            if (group.Length == 0 || group.ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }

            if (groups++ == 0)
            {
                first = group.Length;
            }

            last = group.Length;
        }

        return groups >= 3 || (last == 4 && first is 3 or 5);
    }

    /// <summary>
    /// Whether tokens <c>t</c>, <c>:</c> or <c>/</c>, … spell a clock time, a date or a ratio (<c>10:30</c>,
    /// <c>11/28/2000</c>, <c>3:1</c>), and where it ends.
    /// </summary>
    private static bool JoinsNumbers(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        while (last + 2 < tokens.Length &&
               tokens[last].Kind == TokenKind.Number &&
               Touches(tokens, last + 1) && tokens[last + 1].Length == 1 && text[tokens[last + 1].Start] is ':' or '/' &&
               Touches(tokens, last + 2) && tokens[last + 2].Kind == TokenKind.Number)
        {
            last += 2;
        }

        return last > t;
    }

    /// <summary>Runs of touching sentence marks (<c>!!!</c>, <c>?!</c>, <c>.....</c>) or of one other mark (<c>=====</c>).</summary>
    private static bool JoinsPunctuation(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        if (tokens[t].Kind is not (TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Dash))
        {
            return false;
        }

        var first = text[tokens[t].Start];
        var terminal = IsTerminal(first);
        while (last + 1 < tokens.Length && Touches(tokens, last + 1) &&
               tokens[last + 1].Kind is TokenKind.Punctuation or TokenKind.Symbol or TokenKind.Dash)
        {
            var next = text.AsSpan(tokens[last + 1].Start, tokens[last + 1].Length);
            var same = terminal ? !next.ContainsAnyExcept("!?.…") : !next.ContainsAnyExcept(first);
            if (!same)
            {
                break;
            }

            last++;
        }

        return last > t;
    }

    /// <summary>
    /// File, group and host names written without spaces (<c>enrongss.xls</c>, <c>alt.animals.cat</c>): a word, a
    /// full stop and a word starting in lower case, all touching, are one word. A sentence that runs into the next
    /// without a space starts in upper case and stays apart.
    /// </summary>
    private static bool JoinsDotted(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        while (last + 2 < tokens.Length &&
               tokens[last].Kind is TokenKind.Word or TokenKind.Number &&
               Touches(tokens, last + 1) && tokens[last + 1].Length == 1 && text[tokens[last + 1].Start] == '.' &&
               Touches(tokens, last + 2) && tokens[last + 2].Kind is TokenKind.Word && char.IsAsciiLetterLower(text[tokens[last + 2].Start]))
        {
            last += 2;
        }

        return last > t;
    }

    /// <summary>Two touching single quotes or backticks written for a double one (<c>''</c>, <c>``</c>, <c>’’</c>).</summary>
    private static bool JoinsDoubledQuote(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        var c = text[tokens[t].Start];
        if (tokens[t].Length != 1 || c is not ('\'' or '’' or '‘' or '`') || t + 1 >= tokens.Length || !Touches(tokens, t + 1) ||
            tokens[t + 1].Length != 1 || text[tokens[t + 1].Start] != c)
        {
            return false;
        }

        last = t + 1;
        return true;
    }

    private static bool IsTerminal(char c) => c is '!' or '?' or '.' or '…';

    /// <summary>
    /// Smileys written with a colon or semicolon (<c>:)</c>, <c>;-)</c>, <c>:D</c>), which the treebanks keep whole;
    /// only when nothing word-like follows, so that <c>Note:Do</c> stays three words.
    /// </summary>
    private static bool JoinsEmoticon(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        var eyes = text[tokens[t].Start];
        if (tokens[t].Length != 1 || eyes is not (':' or ';') || t + 1 >= tokens.Length || !Touches(tokens, t + 1))
        {
            return false;
        }

        var k = t + 1;
        if (tokens[k].Length == 1 && text[tokens[k].Start] is '-' or '\'' && k + 1 < tokens.Length && Touches(tokens, k + 1))
        {
            k++;
        }

        var mouth = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (mouth.Length != 1 || mouth[0] is not (')' or '(' or 'D' or 'P' or 'p' or '/' or '|' or ']' or '['))
        {
            return false;
        }

        var end = tokens[k].End;
        if (end < text.Length && CharClass.IsWordChar(text[end]))
        {
            return false;
        }

        last = k;
        return true;
    }

    /// <summary>The length of a trailing <c>am</c> or <c>pm</c> after digits (<c>5pm</c>, <c>7:30PM</c>), or 0.</summary>
    private static int MeridiemLength(ReadOnlySpan<char> form)
    {
        var n = form.Length;
        return n >= 3 && char.IsAsciiDigit(form[n - 3]) && (form[n - 2] | 0x20) is 'a' or 'p' && (form[n - 1] | 0x20) == 'm' ? 2 : 0;
    }

    private static bool Touches(ReadOnlySpan<Token> tokens, int t) => tokens[t].Start == tokens[t - 1].End;
}
