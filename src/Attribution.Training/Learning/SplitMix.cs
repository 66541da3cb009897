namespace Attribution.Training.Learning;

/// <summary>
/// SplitMix64, a small seeded generator whose sequence is fixed by its definition, so training shuffles the same way
/// on every machine and .NET version (which <see cref="Random"/> does not promise).
/// </summary>
internal sealed class SplitMix(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in <c>[0, bound)</c>.</summary>
    public int Below(int bound) => (int)(Next() % (ulong)bound);

    /// <summary>A number in <c>[0, 1)</c>.</summary>
    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    public void Shuffle<T>(IList<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
