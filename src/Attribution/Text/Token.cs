namespace Attribution.Text;

/// <summary>A token: a kind and where it is. Tokens never copy text; read it with <see cref="TextSpan.Of"/>.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}
