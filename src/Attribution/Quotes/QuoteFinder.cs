using Attribution.Text;

namespace Attribution.Quotes;

/// <summary>
/// Pairs quotation marks paragraph by paragraph with a bounded stack. Which way a mark faces is read from its
/// neighbours (a mark after a space and before a letter opens); apostrophes inside words never reach here, and a
/// closing single mark after a plural <c>s</c> that is followed by more text is taken for an apostrophe when
/// another closing mark follows in the paragraph; a single mark before a decade (<c>'90s</c>) is an apostrophe too.
/// An unclosed quotation ends with its paragraph, and continues into the next one only when that paragraph opens with
/// the same mark, as news prints multi-paragraph speech.
/// </summary>
internal static class QuoteFinder
{
    // Openers beyond this depth are ignored; it keeps pairing linear on pathological input.
    private const int MaxDepth = 32;

    /// <summary>News prints a quotation about once every fifty tokens; lists sized for that rarely regrow.</summary>
    public const int TokensPerQuote = 50;

    public static List<QuoteSpan> Find(Document document, CancellationToken cancellationToken = default) =>
        Find(document, new List<QuoteSpan>(document.Tokens.Length / TokensPerQuote + 4), nested: true, cancellationToken);

    /// <summary>Fills <paramref name="quotes"/>, an empty list (a reused one spares the allocation), and returns it.</summary>
    /// <param name="document">The tokenized text.</param>
    /// <param name="quotes">The list to fill.</param>
    /// <param name="nested">
    /// Whether quotations inside other quotations are listed too; attribution reads only the outermost ones, and a
    /// wall of nested marks would otherwise fill the list with quotations nobody reads.
    /// </param>
    /// <param name="cancellationToken">Stops the work early.</param>
    public static List<QuoteSpan> Find(Document document, List<QuoteSpan> quotes, bool nested, CancellationToken cancellationToken)
    {
        var stack = new List<int>(MaxDepth);
        var continuationToken = -1;
        var checkpoint = Growth.ProjectEvery;
        for (var p = 0; p < document.Paragraphs.Length; p++)
        {
            if ((p & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (document.Paragraphs[p].FirstToken >= checkpoint)
            {
                Growth.Anticipate(quotes, quotes.Count, document.Paragraphs[p].FirstToken, document.Tokens.Length);
                checkpoint = document.Paragraphs[p].FirstToken + Growth.ProjectEvery;
            }

            continuationToken = PairParagraph(document, p, stack, continuationToken, quotes, nested);
        }

        quotes.Sort(static (a, b) => a.Content.Start != b.Content.Start
            ? a.Content.Start.CompareTo(b.Content.Start)
            : a.Depth.CompareTo(b.Depth));
        return quotes;
    }

    /// <returns>The opening token of the next paragraph if it continues this paragraph's open quotation, else -1.</returns>
    private static int PairParagraph(Document document, int p, List<int> stack, int continuationToken, List<QuoteSpan> quotes, bool nested)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var paragraph = document.Paragraphs[p];
        stack.Clear();

        var lastSingleCloser = -1;
        for (var t = paragraph.EndToken - 1; t >= paragraph.FirstToken; t--)
        {
            if (tokens[t].Kind == TokenKind.QuoteMark && text[tokens[t].Start] is '’' or '\'' &&
                !IsDecadeElision(text, paragraph.Span, tokens[t]))
            {
                lastSingleCloser = t;
                break;
            }
        }

        for (var t = paragraph.FirstToken; t < paragraph.EndToken; t++)
        {
            if ((t & (Growth.ProjectEvery - 1)) == 0 && t - paragraph.FirstToken >= Growth.ProjectEvery)
            {
                // A long paragraph: the list is sized for the rest of the text from the rate so far.
                Growth.Anticipate(quotes, quotes.Count, t, tokens.Length);
            }

            var token = tokens[t];
            if (token.Kind != TokenKind.QuoteMark)
            {
                continue;
            }

            var mark = text[token.Start];
            if (IsDecadeElision(text, paragraph.Span, token))
            {
                continue;
            }

            var flank = Flank(text, paragraph.Span, token);
            var closes = FindOpener(text, tokens, stack, mark);
            switch (Decide(mark, flank, closes >= 0, TopMark(text, tokens, stack)))
            {
                case Role.Open:
                    if (stack.Count < MaxDepth)
                    {
                        stack.Add(t);
                    }

                    break;
                case Role.Close:
                    if (IsPluralPossessive(text, paragraph.Span, token, mark) && t != lastSingleCloser &&
                        !NextSingleMarkOpens(document, t, paragraph.EndToken))
                    {
                        break;
                    }

                    var open = stack[closes];
                    stack.RemoveRange(closes, stack.Count - closes);
                    if (closes == 0 || nested)
                    {
                        Add(document, open, t, new TextSpan(tokens[open].End, token.Start), p, closes,
                            open == continuationToken, continuesNext: false, quotes);
                    }

                    break;
            }
        }

        if (stack.Count == 0)
        {
            return -1;
        }

        var first = stack[0];
        var next = NextParagraphReopens(document, p, text[tokens[first].Start]);
        var added = Add(document, first, -1, new TextSpan(tokens[first].End, paragraph.Span.End), p, 0,
            first == continuationToken, next >= 0, quotes);

        // A paragraph that ends on its opening mark ("She said: “") quoted nothing, so there is no earlier part for
        // the next paragraph's quotation to continue: it starts afresh and can be introduced by this paragraph.
        return added ? next : -1;
    }

    private static bool Add(
        Document document, int open, int close, TextSpan content, int p, int depth, bool continuesPrevious,
        bool continuesNext, List<QuoteSpan> quotes)
    {
        var text = document.Text.AsSpan();
        var start = content.Start;
        var end = content.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= start)
        {
            return false;
        }

        quotes.Add(new QuoteSpan(open, close, new TextSpan(start, end), p, depth, continuesPrevious, continuesNext));
        return true;
    }

    private static int NextParagraphReopens(Document document, int p, char opener)
    {
        if (p + 1 >= document.Paragraphs.Length)
        {
            return -1;
        }

        var next = document.Paragraphs[p + 1];
        if (next.TokenCount == 0)
        {
            return -1;
        }

        var token = document.Tokens[next.FirstToken];
        if (token.Kind != TokenKind.QuoteMark || token.Start != next.Span.Start)
        {
            return -1;
        }

        var mark = document.Text[token.Start];
        var sameFamily = mark == opener || (mark is '“' or '"' && opener is '“' or '"') || (mark is '‘' or '\'' && opener is '‘' or '\'');
        return sameFamily ? next.FirstToken : -1;
    }

    private enum Role
    {
        Ignore,
        Open,
        Close,
    }

    [Flags]
    private enum Flanks
    {
        None = 0,

        /// <summary>Space (or an opening bracket or dash) before, a word after: the mark opens.</summary>
        Left = 1,

        /// <summary>A word before, space or punctuation after: the mark closes.</summary>
        Right = 2,
    }

    private static Role Decide(char mark, Flanks flank, bool hasOpener, char top)
    {
        var left = (flank & Flanks.Left) != 0;
        var right = (flank & Flanks.Right) != 0;
        return mark switch
        {
            '„' or '‚' or '‹' or '「' or '『' or '‟' or '‛' => top == '›' && mark == '‹' ? Role.Close : Role.Open,
            '」' or '』' => hasOpener ? Role.Close : Role.Ignore,
            '«' => top == '»' && hasOpener ? Role.Close : Role.Open,
            '»' or '›' => hasOpener ? Role.Close : left ? Role.Open : Role.Ignore,
            '“' => top == '„' || (right && !left && hasOpener) ? Role.Close : Role.Open,
            '”' => hasOpener ? Role.Close : left && !right ? Role.Open : Role.Ignore,
            '‘' => top == '‚' || (right && !left && hasOpener) ? Role.Close : left || !right ? Role.Open : Role.Ignore,
            '’' => hasOpener && !left ? Role.Close : Role.Ignore,
            '"' => left && !right ? Role.Open
                : right && !left ? (hasOpener ? Role.Close : Role.Ignore)
                : hasOpener ? Role.Close : Role.Open,
            '\'' => left && !right ? Role.Open
                : right && !left && hasOpener ? Role.Close
                : Role.Ignore,
            _ => Role.Ignore,
        };
    }

    /// <summary>The stack index of the innermost opener that <paramref name="closer"/> can close, or -1.</summary>
    private static int FindOpener(string text, ReadOnlySpan<Token> tokens, List<int> stack, char closer)
    {
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (Closes(text[tokens[stack[k]].Start], closer))
            {
                return k;
            }
        }

        return -1;
    }

    private static char TopMark(string text, ReadOnlySpan<Token> tokens, List<int> stack) =>
        stack.Count == 0 ? '\0' : text[tokens[stack[^1]].Start];

    private static bool Closes(char opener, char closer) => opener switch
    {
        '“' => closer is '”' or '“' or '"',
        '„' => closer is '“' or '”',
        '”' => closer == '”',
        '"' => closer is '"' or '”',
        '‘' => closer is '’' or '‘' or '\'',
        '‚' => closer is '‘' or '’',
        '\'' => closer is '\'' or '’',
        '«' => closer == '»',
        '»' => closer == '«',
        '‹' => closer == '›',
        '›' => closer == '‹',
        '「' => closer == '」',
        '『' => closer == '』',
        '‟' => closer is '”' or '"',
        '‛' => closer is '’' or '\'',
        _ => false,
    };

    private static Flanks Flank(string text, TextSpan paragraph, Token token)
    {
        var before = token.Start > paragraph.Start ? text[token.Start - 1] : ' ';
        var after = token.End < paragraph.End ? text[token.End] : ' ';
        var spaceBefore = char.IsWhiteSpace(before) || CharClass.IsOpeningBracket(before) || CharClass.IsDash(before) ||
                          before is '-' or '/' or ':' || CharClass.IsQuoteMark(before);
        var spaceAfter = char.IsWhiteSpace(after) || CharClass.IsClosingBracket(after) || CharClass.IsDash(after) ||
                         after is '.' or ',' or ';' or ':' or '!' or '?' or '…' or '-' || CharClass.IsQuoteMark(after);
        var flank = Flanks.None;
        if (spaceBefore && !spaceAfter)
        {
            flank |= Flanks.Left;
        }

        if (!spaceBefore && spaceAfter)
        {
            flank |= Flanks.Right;
        }

        if (spaceBefore && spaceAfter)
        {
            // Between spaces or punctuation: either way; let pairing decide.
            flank = Flanks.Left | Flanks.Right;
        }

        return flank;
    }

    /// <summary>
    /// <c>the '90s</c>, <c>the ’80s</c>, and the <c>‘90s</c> that autocorrect prints: a single mark standing for a
    /// century before a decade is an apostrophe, which the tokenizer cannot join because no letter precedes it.
    /// </summary>
    private static bool IsDecadeElision(string text, TextSpan paragraph, Token token)
    {
        if (text[token.Start] is not ('\'' or '’' or '‘'))
        {
            return false;
        }

        var i = token.End;
        return i + 2 < paragraph.End && char.IsAsciiDigit(text[i]) && char.IsAsciiDigit(text[i + 1]) &&
               text[i + 2] == 's' && (i + 3 == paragraph.End || !CharClass.IsWordChar(text[i + 3]));
    }

    // How far ahead to look for the next single mark; bounded so that pairing stays linear.
    private const int LookAhead = 64;

    /// <summary>
    /// <c>‘Keeping up with the Joneses’ and ‘Cats’</c>: when the next single mark opens a quotation, the mark after the
    /// plural closed this one rather than being an apostrophe.
    /// </summary>
    private static bool NextSingleMarkOpens(Document document, int token, int end)
    {
        var text = document.Text;
        for (var t = token + 1; t < Math.Min(end, token + LookAhead); t++)
        {
            var next = document.Tokens[t];
            if (next.Kind != TokenKind.QuoteMark || text[next.Start] is not ('‘' or '’' or '\''))
            {
                continue;
            }

            var before = next.Start > 0 ? text[next.Start - 1] : ' ';
            return text[next.Start] == '‘' || (text[next.Start] == '\'' && char.IsWhiteSpace(before));
        }

        return false;
    }

    /// <summary><c>the players’ union</c>: a single closing mark after a plural, with the sentence going on in lower case.</summary>
    private static bool IsPluralPossessive(string text, TextSpan paragraph, Token token, char mark)
    {
        if (mark is not ('’' or '\'') || token.Start == paragraph.Start || text[token.Start - 1] is not ('s' or 'S'))
        {
            return false;
        }

        var i = token.End;
        if (i >= paragraph.End || text[i] != ' ')
        {
            return false;
        }

        while (i < paragraph.End && text[i] == ' ')
        {
            i++;
        }

        return i < paragraph.End && char.IsLower(text[i]);
    }
}
