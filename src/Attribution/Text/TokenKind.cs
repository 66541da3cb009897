namespace Attribution.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    QuoteMark,
    Dash,
    Url,
    Email,
    Handle,
    Symbol,
}
