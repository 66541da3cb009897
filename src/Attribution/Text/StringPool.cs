namespace Attribution.Text;

/// <summary>
/// Hands out one string per distinct run of characters for the length of one attribution. A news article names the
/// same few people, cues and titles again and again (<c>Lammy</c>, <c>said</c>, <c>Foreign Secretary</c>); pooling
/// them makes each cost one allocation instead of one per mention. Not thread-safe: one pool per call at a time.
/// </summary>
internal sealed class StringPool
{
    // A set rather than a dictionary from each string to itself: two-thirds of the memory per entry, and a list of
    // thousands of names puts thousands of strings in it.
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    // What the set was last sized for (it keeps its capacity across Clear), so a projection that it already meets
    // costs nothing.
    private int reserved;

    public StringPool() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => strings.Count;

    /// <summary>
    /// Makes room, in one step, for the strings still to come at the rate so far (see <see cref="Growth.Projected"/>):
    /// a list of thousands of names adds two strings a name.
    /// </summary>
    public void Anticipate(int added, int done, int total)
    {
        var capacity = Growth.Projected(strings.Count, added, done, total, reserved);
        if (capacity > 0)
        {
            reserved = strings.EnsureCapacity(capacity);
        }
    }

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
            strings.Add(pooled);
        }

        return pooled;
    }
}
