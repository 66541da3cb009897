using Attribution.Text;

namespace Attribution.Linguistics.Words;

/// <summary>
/// A syntactic word as Universal Dependencies counts them, over the caller's string: <c>don't</c> is the words
/// <c>do</c> and <c>n't</c>, <c>post-war</c> is <c>post</c>, <c>-</c>, <c>war</c>. Every word is a substring of the
/// text, so its span is exact.
/// </summary>
/// <remarks>
/// Twelve bytes: the flag is the token index's sign, as a field of its own would pad the word to sixteen, and a
/// document holds a word for every token (a wall of quotation marks, a word a character).
/// </remarks>
internal readonly record struct Word
{
    // The token's index, or its complement for a word that continues its token.
    private readonly int token;

    /// <param name="start">Where the word starts, a UTF-16 offset into the text.</param>
    /// <param name="end">Where the word ends (exclusive).</param>
    /// <param name="token">The text-stage token the word belongs to, an index into the token list it was split from.</param>
    /// <param name="continuesToken">
    /// Whether the word is a further word of the same surface token as the word before it, as in a treebank's
    /// multiword token (<c>n't</c> after <c>do</c>); a hyphen and the parts of a hyphenated word are tokens of their own.
    /// </param>
    public Word(int start, int end, int token, bool continuesToken = false)
    {
        Start = start;
        End = end;
        this.token = continuesToken ? ~token : token;
    }

    /// <summary>Where the word starts, a UTF-16 offset into the text.</summary>
    public int Start { get; init; }

    /// <summary>Where the word ends (exclusive).</summary>
    public int End { get; init; }

    /// <summary>The text-stage token the word belongs to.</summary>
    public int Token
    {
        get => token < 0 ? ~token : token;
        init => token = token < 0 ? ~value : value;
    }

    /// <summary>Whether the word is a further word of the same surface token as the word before it.</summary>
    public bool ContinuesToken => token < 0;

    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
