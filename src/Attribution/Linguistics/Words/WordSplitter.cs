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

            // Most tokens are words that start with a letter and have a space after them: every join below needs a
            // number, a mark or a next token touching this one, so only the word's own splits apply.
            if (token.Kind == TokenKind.Word && char.IsLetter(text[token.Start]) && (t + 1 == tokens.Length || tokens[t + 1].Start > token.End))
            {
                AddWord(text, tokens, t, exceptions, words);
                continue;
            }

            if (JoinsNumbers(text, tokens, t, out var joined))
            {
                AddClockTimes(text, token.Start, tokens[joined].End, t, joined, words);
                t = joined;
                continue;
            }

            if (JoinsPunctuation(text, tokens, t, out joined) || JoinsDoubledQuote(text, tokens, t, out joined) || JoinsEmoticon(text, tokens, t, out joined) ||
                JoinsDotted(text, tokens, t, out joined) || JoinsAddress(text, tokens, t, out joined) || JoinsSignedNumber(text, tokens, t, out joined) ||
                JoinsShortYear(text, tokens, t, out joined) || JoinsCutOff(text, tokens, t, out joined) || JoinsAbbreviation(text, tokens, t, exceptions, out joined) ||
                JoinsLetterSlash(text, tokens, t, out joined))
            {
                words.Add(new Word(token.Start, tokens[joined].End, t));
                t = joined;
                continue;
            }

            if (SplitsDetachedClitic(text, tokens, t, out var decade))
            {
                // "mama`s", "969's": a possessive the text stage cut at its mark; a decade ("60's") stays whole.
                if (decade)
                {
                    words.Add(new Word(token.Start, tokens[t + 2].End, t));
                }
                else
                {
                    AddHyphenated(text, token.Start, token.End, t, exceptions, words);
                    words.Add(new Word(tokens[t + 1].Start, tokens[t + 2].End, t + 1, continuesToken: true));
                }

                t += 2;
                continue;
            }

            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                AddWord(text, tokens, t, exceptions, words);
                continue;
            }

            if (token.Kind == TokenKind.Handle && token.Length > 1 && text[token.Start] == '#' && !token.Of(text)[1..].ContainsAnyExceptInRange('0', '9'))
            {
                // "#1": the number sign is a word of its own, as the treebanks write it.
                words.Add(new Word(token.Start, token.Start + 1, t));
                words.Add(new Word(token.Start + 1, token.End, t));
                continue;
            }

            words.Add(new Word(token.Start, token.End, t));
        }
    }

    /// <summary>A word or number token that joins no other: its exception, unit, clitic and hyphens.</summary>
    private static void AddWord(string text, ReadOnlySpan<Token> tokens, int t, WordExceptions exceptions, PooledList<Word> words)
    {
        var token = tokens[t];
        var form = token.Of(text);
        if (form.Length <= 1)
        {
            words.Add(new Word(token.Start, token.End, t));
            return;
        }

        if (FindException(text, tokens, t, exceptions) is { } lengths)
        {
            var start = token.Start;
            for (var k = 0; k < lengths.Length && start < token.End; k++)
            {
                var end = k == lengths.Length - 1 ? token.End : Math.Min(start + (lengths[k] & ~WordExceptions.NewToken), token.End);
                words.Add(new Word(start, end, t, k > 0 && (lengths[k] & WordExceptions.NewToken) == 0));
                start = end;
            }

            return;
        }

        if (UnitLength(form) is var unit and > 0)
        {
            // "10m", "5kg", "7pm": the number and its unit are tokens of their own.
            words.Add(new Word(token.Start, token.End - unit, t));
            words.Add(new Word(token.End - unit, token.End, t));
            return;
        }

        if ((SplitsClitic(form) is var clitic and > 0) || (clitic = TypedNegation(form)) > 0)
        {
            AddHyphenated(text, token.Start, token.End - clitic, t, exceptions, words);
            words.Add(new Word(token.End - clitic, token.End, t, continuesToken: true));
            return;
        }

        AddHyphenated(text, token.Start, token.End, t, exceptions, words);
    }

    /// <summary>The exception for token <paramref name="t"/>: the one for it before the token after its space, else its own.</summary>
    private static byte[]? FindException(string text, ReadOnlySpan<Token> tokens, int t, WordExceptions exceptions)
    {
        var form = tokens[t].Of(text);
        var before = t + 1 < tokens.Length && tokens[t + 1].Start > tokens[t].End ? exceptions.FindBefore(form, tokens[t + 1].Of(text)) : null;
        return before ?? exceptions.Find(form);
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
    /// The length of the <c>nt</c> of an auxiliary's negation typed without its apostrophe (<c>havent</c>,
    /// <c>isnt</c>: <c>have</c> + <c>nt</c>), which the web treebanks split as they split <c>n't</c>, or 0. No other
    /// English word is one of these auxiliaries followed by <c>nt</c>.
    /// </summary>
    private static int TypedNegation(ReadOnlySpan<char> form)
    {
        // The longest auxiliary, "should", makes eight letters with "nt".
        if (form.Length is < 4 or > 8 || (form[^2] | 0x20) != 'n' || (form[^1] | 0x20) != 't')
        {
            return 0;
        }

        Span<char> stem = stackalloc char[form.Length - 2];
        form[..^2].ToLowerInvariant(stem);
        return stem is "is" or "are" or "was" or "were" or "have" or "has" or "had" or "does" or "did" or "could" or "should" or "would" or "must" or "might" or "need"
            ? 2
            : 0;
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

    /// <summary>
    /// Adds a clock time, date or ratio the tokens <paramref name="first"/> to <paramref name="last"/> spell, cut at the
    /// hyphens of a range (<c>5:00-8:30</c> is <c>5:00</c>, <c>-</c>, <c>8:30</c>) and with a trailing <c>am</c> or
    /// <c>pm</c> apart (<c>7:30PM</c>).
    /// </summary>
    private static void AddClockTimes(string text, int start, int end, int first, int last, PooledList<Word> words)
    {
        var piece = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]))
            {
                words.Add(new Word(piece, i, first));
                words.Add(new Word(i, i + 1, first));
                piece = i + 1;
            }
        }

        var meridiem = MeridiemLength(text.AsSpan(piece, end - piece));
        words.Add(new Word(piece, end - meridiem, first));
        if (meridiem > 0)
        {
            words.Add(new Word(end - meridiem, end, last));
        }
    }

    /// <summary>
    /// The length of the unit that ends a number (<c>10m</c>, <c>5kg</c>, <c>39K</c>, <c>7pm</c>), which the treebanks
    /// write as a token of its own, or 0; ordinals and plurals (<c>21st</c>, <c>1990s</c>) are one word.
    /// </summary>
    private static int UnitLength(ReadOnlySpan<char> form)
    {
        var letters = form.Length;
        while (letters > 0 && char.IsAsciiLetter(form[letters - 1]))
        {
            letters--;
        }

        var number = form[..letters];
        var unit = form[letters..];
        if (unit.Length == 0 || number.Length == 0 || !char.IsAsciiDigit(number[0]) || !char.IsAsciiDigit(number[^1]) || number.ContainsAnyExcept(NumberChars))
        {
            return 0;
        }

        return unit.Equals("s", StringComparison.OrdinalIgnoreCase) || unit.Equals("st", StringComparison.OrdinalIgnoreCase) ||
               unit.Equals("nd", StringComparison.OrdinalIgnoreCase) || unit.Equals("rd", StringComparison.OrdinalIgnoreCase) ||
               unit.Equals("th", StringComparison.OrdinalIgnoreCase)
            ? 0
            : unit.Length;
    }

    private static readonly System.Buffers.SearchValues<char> NumberChars = System.Buffers.SearchValues.Create("0123456789.,");

    /// <summary>
    /// Mail addresses without a domain (<c>Rice@ENRON</c>, <c>Khan@TRANSREDES</c>), as company mail writes them: a word,
    /// <c>@</c> and a word, all touching, are one word.
    /// </summary>
    private static bool JoinsAddress(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t + 2;
        return t + 2 < tokens.Length && tokens[t].Kind == TokenKind.Word && char.IsLetter(text[tokens[t].Start]) &&
               Touches(tokens, t + 1) && tokens[t + 1].Length == 1 && text[tokens[t + 1].Start] == '@' &&
               Touches(tokens, t + 2) && tokens[t + 2].Kind == TokenKind.Word && char.IsLetter(text[tokens[t + 2].Start]);
    }

    /// <summary>
    /// Shorthand of a letter, a slash and a few letters (<c>b/c</c>, <c>w/o</c>, <c>l/c</c>), which the treebanks keep
    /// whole, when nothing word-like touches it either side; longer alternatives (<c>he/she</c>) stay apart.
    /// </summary>
    private static bool JoinsLetterSlash(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t + 2;
        if (t + 2 >= tokens.Length || tokens[t].Kind != TokenKind.Word || tokens[t].Length != 1 || !Touches(tokens, t + 1) ||
            tokens[t + 1].Length != 1 || text[tokens[t + 1].Start] != '/' || !Touches(tokens, t + 2) || tokens[t + 2].Kind != TokenKind.Word ||
            tokens[t + 2].Length > 3)
        {
            return false;
        }

        var start = tokens[t].Start;
        var end = tokens[t + 2].End;
        return (start == 0 || !IsWordOrSlash(text[start - 1])) && (end == text.Length || !IsWordOrSlash(text[end]));
    }

    private static bool IsWordOrSlash(char c) => c == '/' || CharClass.IsWordChar(c);

    /// <summary>A number with its sign, as telephone codes are written (<c>+44</c>), when the sign does not follow a word (<c>3+4</c>).</summary>
    private static bool JoinsSignedNumber(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t + 1;
        var start = tokens[t].Start;
        return t + 1 < tokens.Length && tokens[t].Length == 1 && text[start] == '+' && (start == 0 || !CharClass.IsWordChar(text[start - 1])) &&
               Touches(tokens, t + 1) && tokens[t + 1].Kind == TokenKind.Number;
    }

    /// <summary>A year shortened behind an apostrophe (<c>'05</c>, <c>’72</c>, <c>'60s</c>), when the apostrophe does not follow a word.</summary>
    private static bool JoinsShortYear(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t + 1;
        var start = tokens[t].Start;
        if (t + 1 >= tokens.Length || tokens[t].Length != 1 || !CharClass.IsApostrophe(text[start]) || (start > 0 && CharClass.IsWordChar(text[start - 1])) ||
            !Touches(tokens, t + 1) || tokens[t + 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var year = tokens[t + 1].Of(text);
        return year.Length >= 2 && char.IsAsciiDigit(year[0]) && char.IsAsciiDigit(year[1]) &&
               (year.Length == 2 || (year.Length == 3 && year[2] == 's'));
    }

    /// <summary>
    /// A word broken off in speech (<c>th-</c>, <c>w-</c>): one or two letters and a hyphen that nothing word-like
    /// follows are one word, as the spoken treebanks write them; a longer word (<c>book-</c>) or an initialism
    /// (<c>PS-</c>) keeps its dash apart.
    /// </summary>
    private static bool JoinsCutOff(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t + 1;
        if (t + 1 >= tokens.Length || tokens[t].Kind != TokenKind.Word || tokens[t].Length > 2 || !Touches(tokens, t + 1) ||
            tokens[t + 1].Length != 1 || text[tokens[t + 1].Start] != '-' || (tokens[t].Length == 2 && char.IsUpper(text[tokens[t].End - 1])))
        {
            return false;
        }

        var end = tokens[t + 1].End;
        return end == text.Length || !CharClass.IsWordChar(text[end]);
    }

    /// <summary>
    /// An abbreviation the text stage split from its full stop (<c>Wed.</c>, <c>Attn.</c>) that the exceptions, learned
    /// from the treebanks, keep whole.
    /// </summary>
    private static bool JoinsAbbreviation(string text, ReadOnlySpan<Token> tokens, int t, WordExceptions exceptions, out int last)
    {
        last = t + 1;
        if (t + 1 >= tokens.Length || tokens[t].Kind != TokenKind.Word || !Touches(tokens, t + 1) || tokens[t + 1].Length != 1 ||
            text[tokens[t + 1].Start] != '.')
        {
            return false;
        }

        var form = text.AsSpan(tokens[t].Start, tokens[t + 1].End - tokens[t].Start);
        return exceptions.Find(form) is { Length: 1 } lengths && lengths[0] == form.Length;
    }

    /// <summary>
    /// A word or number, then an apostrophe or backtick and <c>s</c> the text stage cut apart (<c>mama`s</c>,
    /// <c>969's</c>), with nothing word-like after: the possessive <c>'s</c>; when the number ends in 0 (<c>60's</c>),
    /// a decade, one word.
    /// </summary>
    private static bool SplitsDetachedClitic(string text, ReadOnlySpan<Token> tokens, int t, out bool decade)
    {
        decade = false;
        if (t + 2 >= tokens.Length || tokens[t].Kind is not (TokenKind.Word or TokenKind.Number) || !Touches(tokens, t + 1) ||
            tokens[t + 1].Length != 1 || text[tokens[t + 1].Start] is not ('\'' or '’' or '`') || !Touches(tokens, t + 2) ||
            tokens[t + 2].Length != 1 || (text[tokens[t + 2].Start] | 0x20) != 's')
        {
            return false;
        }

        var end = tokens[t + 2].End;
        if (end < text.Length && CharClass.IsWordChar(text[end]))
        {
            return false;
        }

        decade = tokens[t].Kind == TokenKind.Number && text[tokens[t].End - 1] == '0';
        return true;
    }

    /// <summary>
    /// Runs of touching sentence marks (<c>!!!</c>, <c>?!</c>, <c>.....</c>), of rule marks (<c>=====</c>, <c>----==</c>)
    /// or of one other mark (<c>***</c>).
    /// </summary>
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
            var same = terminal ? !next.ContainsAnyExcept("!?.…") : first is '-' or '=' ? !next.ContainsAnyExcept("-=") : !next.ContainsAnyExcept(first);
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

    /// <summary>Two touching single quotes or backticks written for a double one (<c>''</c>, <c>``</c>, <c>’’</c>, <c>‘’</c>).</summary>
    private static bool JoinsDoubledQuote(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        var c = text[tokens[t].Start];
        if (tokens[t].Length != 1 || !IsSingleQuote(c) || t + 1 >= tokens.Length || !Touches(tokens, t + 1) ||
            tokens[t + 1].Length != 1 || !IsSingleQuote(text[tokens[t + 1].Start]))
        {
            return false;
        }

        last = t + 1;
        return true;
    }

    private static bool IsSingleQuote(char c) => c is '\'' or '’' or '‘' or '`';

    private static bool IsTerminal(char c) => c is '!' or '?' or '.' or '…';

    /// <summary>
    /// Smileys (<c>:)</c>, <c>;-)</c>, <c>:D</c>, <c>=)</c>, <c>^_^</c>, <c>&lt;3</c>), which the treebanks keep whole;
    /// only when nothing word-like follows, so that <c>Note:Do</c> stays three words, and for the faces without a
    /// colon only when nothing word-like comes before either (<c>x&lt;3</c> is a comparison).
    /// </summary>
    private static bool JoinsEmoticon(string text, ReadOnlySpan<Token> tokens, int t, out int last)
    {
        last = t;
        var eyes = text[tokens[t].Start];
        if (tokens[t].Length != 1 || eyes is not (':' or ';' or '=' or '^' or '-' or '<') || t + 1 >= tokens.Length || !Touches(tokens, t + 1))
        {
            return false;
        }

        var k = t + 1;
        var alone = tokens[t].Start == 0 || !CharClass.IsWordChar(text[tokens[t].Start - 1]);
        if (eyes is '^' or '-')
        {
            // ^_^, -_-: the same eye either side of a mouth.
            if (!alone || tokens[k].Length != 1 || text[tokens[k].Start] != '_' || k + 1 >= tokens.Length || !Touches(tokens, k + 1) ||
                tokens[k + 1].Length != 1 || text[tokens[k + 1].Start] != eyes)
            {
                return false;
            }

            k++;
        }
        else if (eyes == '<')
        {
            if (!alone || tokens[k].Length != 1 || text[tokens[k].Start] != '3')
            {
                return false;
            }
        }
        else
        {
            if (tokens[k].Length == 1 && text[tokens[k].Start] is '-' or '\'' && k + 1 < tokens.Length && Touches(tokens, k + 1))
            {
                k++;
            }

            var mouth = text.AsSpan(tokens[k].Start, tokens[k].Length);
            if (mouth.Length != 1 || mouth[0] is not (')' or '(' or 'D' or 'P' or 'p' or 'O' or '/' or '|' or ']' or '[') || (eyes == '=' && !alone))
            {
                return false;
            }
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
