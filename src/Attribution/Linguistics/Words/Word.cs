using Attribution.Text;

namespace Attribution.Linguistics.Words;

/// <summary>
/// A syntactic word as Universal Dependencies counts them, over the caller's string: <c>don't</c> is the words
/// <c>do</c> and <c>n't</c>, <c>post-war</c> is <c>post</c>, <c>-</c>, <c>war</c>. Every word is a substring of the
/// text, so its span is exact.
/// </summary>
/// <param name="Start">Where the word starts, a UTF-16 offset into the text.</param>
/// <param name="End">Where the word ends (exclusive).</param>
/// <param name="Token">The text-stage token the word belongs to, an index into the token list it was split from.</param>
/// <param name="ContinuesToken">
/// Whether the word is a further word of the same surface token as the word before it, as in a treebank's multiword
/// token (<c>n't</c> after <c>do</c>); a hyphen and the parts of a hyphenated word are tokens of their own.
/// </param>
internal readonly record struct Word(int Start, int End, int Token, bool ContinuesToken = false)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
