namespace Attribution.Text;

/// <summary>
/// Sizes a call's growing tables from the rate at which they have filled so far. Doubling from a guess made for
/// news costs a text far denser than news (a paragraph per character, a wall of quotation marks, a list of names)
/// every smaller array on the way up, about twice the final table; a projection made a few kilobytes in lands near
/// the final size in one step, which keeps what a call allocates close to what it keeps.
/// </summary>
internal static class Growth
{
    /// <summary>How many items to read before a projection is trusted, and how often to project again.</summary>
    public const int ProjectEvery = 2 * 1024;

    /// <summary>
    /// The capacity for a table of <paramref name="count"/> items, <paramref name="added"/> of them for the first
    /// <paramref name="done"/> of <paramref name="total"/> units of input, or 0 while <paramref name="current"/> is
    /// enough for the rest at that rate.
    /// </summary>
    public static int Projected(int count, int added, int done, int total, int current)
    {
        if (done <= 0 || total <= done)
        {
            return 0;
        }

        var expected = count + ((long)added * (total - done) / done);
        if (expected <= current)
        {
            return 0;
        }

        // A sixteenth to spare, and never less than half again as much, so that a rate that keeps creeping up still
        // makes only a few copies.
        return (int)Math.Min(Math.Max(expected + (expected / 16), current + (current / 2L)), Array.MaxLength);
    }

    /// <summary>Resizes <paramref name="list"/> once for the items still to come at the rate so far (see <see cref="Projected"/>).</summary>
    public static void Anticipate<T>(List<T> list, int added, int done, int total)
    {
        var capacity = Projected(list.Count, added, done, total, list.Capacity);
        if (capacity > 0)
        {
            list.Capacity = capacity;
        }
    }
}
