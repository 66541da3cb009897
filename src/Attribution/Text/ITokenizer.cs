namespace Attribution.Text;

/// <summary>The seam where another tokenizer can plug in.</summary>
internal interface ITokenizer
{
    /// <summary>
    /// Appends tokens for <paramref name="text"/>, whose first character sits at <paramref name="offset"/> in the
    /// caller's string, so that every token indexes that string.
    /// </summary>
    void Tokenize(ReadOnlySpan<char> text, int offset, PooledList<Token> tokens);
}
