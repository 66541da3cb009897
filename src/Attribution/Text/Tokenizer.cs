using System.Collections.Frozen;

namespace Attribution.Text;

/// <summary>
/// A rule-based, regex-free tokenizer for news English. One left-to-right pass over the characters; every token
/// indexes the caller's string and nothing is copied. Words keep internal apostrophes (<c>don't</c>,
/// <c>Ukraine’s</c>), hyphens (<c>post-war</c>) and number separators (<c>1,000</c>, <c>3.5</c>); abbreviations keep
/// their full stop (<c>Mr.</c>, <c>U.S.</c>); dashes, quotation marks and other punctuation stand alone.
/// </summary>
internal sealed class Tokenizer : ITokenizer
{
    public static readonly Tokenizer Instance = new();

    private const int MaxAcronymLetters = 8;
    private const int MaxLocalPart = 64;
    private const int MaxDomain = 255;

    public void Tokenize(ReadOnlySpan<char> text, int offset, PooledList<Token> tokens)
    {
        var first = tokens.Count;
        var checkpoint = Growth.ProjectEvery;
        var i = 0;
        while (i < text.Length)
        {
            if (i >= checkpoint)
            {
                // A long paragraph sizes the list for the rest of itself from its own rate.
                tokens.Anticipate(tokens.Count - first, i, text.Length);
                checkpoint = i + Growth.ProjectEvery;
            }

            var c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            // Most tokens are plain words of ASCII letters followed by a space or a comma; for those no rule
            // below (addresses, acronyms, joined words, abbreviations) can apply, so they skip the general scan.
            if (char.IsAsciiLetter(c))
            {
                var j = i + 1;
                while (j < text.Length && char.IsAsciiLetter(text[j]))
                {
                    j++;
                }

                if (j == text.Length || EndsPlainWord(text[j]))
                {
                    tokens.Add(new Token(offset + i, offset + j, TokenKind.Word));
                    i = j;
                    continue;
                }
            }

            var end = Scan(text, i, out var kind);
            tokens.Add(new Token(offset + i, offset + end, kind));
            i = end;
        }
    }

    /// <summary>Characters after a run of letters that no joining rule reads: the run is a word on its own.</summary>
    private static bool EndsPlainWord(char c) => c is ' ' or ',' or ';' or ')' or '?' or '!' or '”' or '"';

    private static int Scan(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        var c = text[i];
        if (CharClass.IsWordChar(c))
        {
            if (TryUrl(text, i, out var urlEnd))
            {
                kind = TokenKind.Url;
                return urlEnd;
            }

            return ScanWord(text, i, out kind);
        }

        if ((c == '@' || c == '#') && i + 1 < text.Length && CharClass.IsWordChar(text[i + 1]) &&
            (i == 0 || !CharClass.IsWordChar(text[i - 1])))
        {
            kind = TokenKind.Handle;
            return ScanWordBody(text, i + 1);
        }

        if (CharClass.IsQuoteMark(c))
        {
            kind = TokenKind.QuoteMark;
            return i + 1;
        }

        if (CharClass.IsDash(c))
        {
            kind = TokenKind.Dash;
            return i + 1;
        }

        if (c == '-')
        {
            // A hyphen that is not inside a word is a dash: "-- no", "- a dispatcher".
            kind = TokenKind.Dash;
            var j = i + 1;
            while (j < text.Length && text[j] == '-')
            {
                j++;
            }

            return j;
        }

        if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.')
        {
            kind = TokenKind.Punctuation;
            return i + 3;
        }

        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            kind = TokenKind.Symbol;
            return i + 2;
        }

        kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
        return i + 1;
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, out TokenKind kind)
    {
        kind = char.IsAsciiDigit(text[i]) ? TokenKind.Number : TokenKind.Word;

        var acronymEnd = ScanDottedAcronym(text, i);
        if (acronymEnd > 0)
        {
            return acronymEnd;
        }

        var j = ScanWordBody(text, i);
        if (j >= text.Length)
        {
            return j;
        }

        var next = text[j];
        if (next is '@' or '.' or '+' or '%' or '_' or '-')
        {
            var emailEnd = ScanEmail(text, i);
            if (emailEnd > 0)
            {
                kind = TokenKind.Email;
                return emailEnd;
            }
        }

        if (next == '.' && kind == TokenKind.Word)
        {
            // "Znak.com", "gov.uk": a site named in running text is one word, not a sentence end.
            var domainEnd = ScanDomainSuffix(text, j);
            if (domainEnd > 0)
            {
                return domainEnd;
            }

            var word = text[i..j];
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            if (isInitial || Abbreviations.TakesStop(word) ||
                (Abbreviations.TakesStopBeforeNumber(word) && StartsNumber(text, j + 1)))
            {
                return j + 1;
            }
        }

        return j;
    }

    /// <summary>Whether the next token after <paramref name="i"/> (past spaces) starts with a digit.</summary>
    private static bool StartsNumber(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsAsciiDigit(text[i]);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains = FrozenSet.Create(
        StringComparer.Ordinal,
        "com", "org", "net", "gov", "edu", "int", "mil", "info", "news", "io", "co", "uk", "eu", "de", "fr", "ru", "ua",
        "pl", "in", "au", "ca", "cn", "jp", "tv", "me").GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>If <c>.tld</c> (one of a few common top-level domains, then a non-word) starts at <paramref name="dot"/>, its end.</summary>
    private static int ScanDomainSuffix(ReadOnlySpan<char> text, int dot)
    {
        var k = dot + 1;
        while (k < text.Length && char.IsAsciiLetterLower(text[k]) && k - dot <= 4)
        {
            k++;
        }

        if (k == dot + 1 || (k < text.Length && CharClass.IsWordChar(text[k])))
        {
            return -1;
        }

        var tld = text[(dot + 1)..k];
        return TopLevelDomains.Contains(tld) ? k : -1;
    }

    /// <summary>Letters and digits joined by word-internal apostrophes, hyphens and number separators.</summary>
    private static int ScanWordBody(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (true)
        {
            while (j < text.Length && CharClass.IsWordChar(text[j]))
            {
                j++;
            }

            if (j == i || j + 1 >= text.Length)
            {
                return j;
            }

            var c = text[j];
            var before = text[j - 1];
            var after = text[j + 1];
            var joins =
                (CharClass.IsApostrophe(c) && CharClass.IsLetter(before) && CharClass.IsLetter(after)) ||
                (c is '-' or '\u2010' or '\u2011' && CharClass.IsWordChar(before) && CharClass.IsWordChar(after)) ||
                (c is '.' or ',' && char.IsAsciiDigit(before) && char.IsAsciiDigit(after)) ||
                (c == '&' && char.IsUpper(before) && char.IsUpper(after));
            if (!joins)
            {
                return j;
            }

            j++;
        }
    }

    /// <summary>
    /// <c>U.S.</c>, <c>a.m.</c>, <c>e.g.</c>, and degrees such as <c>Ph.D.</c> and <c>M.Sc.</c>: single letters, or a
    /// capital and a small letter, each followed by a stop, at least two of them.
    /// </summary>
    private static int ScanDottedAcronym(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        var letters = 0;
        while (j + 1 < text.Length && CharClass.IsLetter(text[j]))
        {
            var width = text[j + 1] == '.' ? 1
                : j + 2 < text.Length && char.IsUpper(text[j]) && char.IsLower(text[j + 1]) && text[j + 2] == '.' ? 2
                : 0;
            if (width == 0)
            {
                break;
            }

            letters++;
            j += width + 1;

            // A failed scan is retried from every letter of the run ("a.a.a…az"), so bound it to stay linear.
            if (letters > MaxAcronymLetters)
            {
                return -1;
            }
        }

        if (letters < 2 || (j < text.Length && CharClass.IsWordChar(text[j])))
        {
            return -1;
        }

        return j;
    }

    private static bool TryUrl(ReadOnlySpan<char> text, int i, out int end)
    {
        end = i;
        var rest = text[i..];

        // Every word passes here; only an h or a w can start an address.
        if (text[i] is not ('h' or 'H' or 'w' or 'W'))
        {
            return false;
        }

        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) &&
            !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) &&
            !rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var j = i;
        while (j < text.Length && !char.IsWhiteSpace(text[j]) && !CharClass.IsQuoteMark(text[j]) && text[j] != '<' && text[j] != '>')
        {
            j++;
        }

        // Trailing sentence punctuation belongs to the sentence, not the address.
        while (j > i && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']')
        {
            j--;
        }

        end = j;
        return end > i + 4;
    }

    private static int ScanEmail(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        var at = -1;
        while (j < text.Length)
        {
            // A failed scan is retried from the next word of the run ("ab.ab.ab…"), so bound both parts by the
            // lengths an address may have (RFC 5321: 64 and 255) to keep tokenizing linear.
            if (at < 0 ? j - i > MaxLocalPart : j - at - 1 > MaxDomain)
            {
                return -1;
            }

            var c = text[j];
            if (CharClass.IsWordChar(c) || c is '.' or '+' or '%' or '-' or '_')
            {
                j++;
            }
            else if (c == '@' && at < 0)
            {
                at = j;
                j++;
            }
            else
            {
                break;
            }
        }

        while (j > i && text[j - 1] is '.' or '-')
        {
            j--;
        }

        if (at <= i || at + 1 >= j)
        {
            return -1;
        }

        var domain = text[(at + 1)..j];
        var dot = domain.IndexOf('.');
        return dot > 0 && dot < domain.Length - 1 ? j : -1;
    }
}
