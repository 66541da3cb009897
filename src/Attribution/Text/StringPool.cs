namespace Attribution.Text;

/// <summary>
/// Hands out one string per distinct run of characters for the length of one attribution. A news article names the
/// same few people, cues and titles again and again (<c>Lammy</c>, <c>said</c>, <c>Foreign Secretary</c>); pooling
/// them makes each cost one allocation instead of one per mention. Not thread-safe: one pool per call at a time.
/// </summary>
internal sealed class StringPool
{
    private readonly Dictionary<string, string> strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => strings.Count;

    /// <summary>Forgets every string (those handed out stay valid) and keeps the table's capacity for the next call.</summary>
    public void Clear() => strings.Clear();

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return "";
        }

        if (!lookup.TryGetValue(text, out var pooled))
        {
            pooled = text.ToString();
            strings.Add(pooled, pooled);
        }

        return pooled;
    }
}
