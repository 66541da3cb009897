namespace Attribution.Text;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 offsets into the caller's string.</summary>
internal readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
