using System.Collections.Frozen;

namespace Attribution.Text;

/// <summary>
/// Splits a paragraph's tokens into sentences. A sentence ends after <c>. ! ? …</c> together with the closing
/// quotation marks and brackets that follow it (<c>done.”</c> keeps its mark), when the next token can start a
/// sentence. Abbreviations carry their own stop, so <c>Mr. Lammy</c> never splits.
/// </summary>
internal static class SentenceSplitter
{
    // Words that start a sentence after an abbreviation that may also end one ("in the U.S. The talks").
    private static readonly FrozenSet<string> Starters = FrozenSet.Create(
        StringComparer.Ordinal,
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "This", "That", "These", "Those",
        "In", "On", "At", "His", "Her", "Their", "Its", "There", "However", "Mr", "Mrs", "Ms", "Dr", "After", "When");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StarterLookup =
        Starters.GetAlternateLookup<ReadOnlySpan<char>>();

    public static void Split(string text, ReadOnlySpan<Token> tokens, int firstToken, int paragraph, PooledList<Sentence> sentences)
    {
        var first = sentences.Count;
        var checkpoint = Growth.ProjectEvery;
        var start = 0;
        var i = 0;
        while (i < tokens.Length)
        {
            if (i >= checkpoint)
            {
                // A paragraph of many sentences sizes the list for the rest of itself from its own rate.
                sentences.Anticipate(sentences.Count - first, i, tokens.Length);
                checkpoint = i + Growth.ProjectEvery;
            }

            var end = EndOfSentenceAt(text, tokens, i);
            if (end < 0)
            {
                i++;
                continue;
            }

            if (end == tokens.Length || CanStart(text, tokens[end]))
            {
                Add(tokens, firstToken, start, end, paragraph, sentences);
                start = end;
            }

            i = end;
        }

        if (start < tokens.Length)
        {
            Add(tokens, firstToken, start, tokens.Length, paragraph, sentences);
        }
    }

    /// <summary>If token <paramref name="i"/> can end a sentence, the index after the marks that close with it.</summary>
    private static int EndOfSentenceAt(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        var span = token.Of(text);
        var terminal = token.Kind == TokenKind.Punctuation && span[0] is '.' or '!' or '?' or '…';
        if (!terminal && token.Kind == TokenKind.Word && span[^1] == '.')
        {
            terminal = Abbreviations.CanEndSentence(span) && i + 1 < tokens.Length && IsStarterWord(text, tokens[i + 1]);
        }

        if (!terminal)
        {
            return -1;
        }

        var end = i + 1;
        while (end < tokens.Length && tokens[end].Start == tokens[end - 1].End && ClosesSentence(text, tokens[end]))
        {
            end++;
        }

        return end;
    }

    private static bool ClosesSentence(string text, Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.QuoteMark => c is '”' or '’' or '"' or '\'' or '»' or '›' or '“' or '」' or '』',
            TokenKind.Punctuation => c is ')' or ']' or '}' or '.' or '!' or '?' or '…',
            _ => false,
        };
    }

    private static bool CanStart(string text, Token token)
    {
        var c = text[token.Start];
        return token.Kind switch
        {
            TokenKind.Word => char.IsUpper(c) || !char.IsLetter(c),
            TokenKind.Number or TokenKind.Handle or TokenKind.Url or TokenKind.Symbol or TokenKind.Dash => true,
            TokenKind.QuoteMark => c is '“' or '‘' or '"' or '\'' or '«' or '„' or '‚' or '‹' or '「' or '『',
            TokenKind.Punctuation => c is '(' or '[' or '¿' or '¡',
            _ => false,
        };
    }

    private static bool IsStarterWord(string text, Token token) =>
        token.Kind == TokenKind.Word && StarterLookup.Contains(token.Of(text));

    private static void Add(ReadOnlySpan<Token> tokens, int firstToken, int start, int end, int paragraph, PooledList<Sentence> sentences)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        sentences.Add(new Sentence(span, firstToken + start, firstToken + end, paragraph));
    }
}
