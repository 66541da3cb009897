namespace Attribution.Training.Parsing;

/// <summary>
/// Makes a tree projective by lifting (Nivre and Nilsson 2005, without encoding the lift in the relation): while some
/// arc spans a word its head does not dominate, the shortest such arc's dependent moves up to its head's head. The
/// arc-eager system builds projective trees only, and its oracle needs a projective gold tree; English treebanks have
/// few crossing arcs.
/// </summary>
internal static class Projectivizer
{
    /// <param name="heads">Heads by word, with <paramref name="root"/> for the root word; changed in place.</param>
    /// <returns>How many arcs were lifted.</returns>
    public static int Lift(int[] heads, int root)
    {
        var lifted = 0;
        while (ShortestCrossingArc(heads, root) is var dependent and >= 0)
        {
            heads[dependent] = heads[heads[dependent]];
            lifted++;
        }

        return lifted;
    }

    public static bool IsProjective(int[] heads, int root) => ShortestCrossingArc(heads, root) < 0;

    private static int ShortestCrossingArc(int[] heads, int root)
    {
        var best = -1;
        var bestLength = int.MaxValue;
        for (var d = 0; d < heads.Length; d++)
        {
            var h = heads[d];
            if (h == root)
            {
                continue;
            }

            var (from, to) = h < d ? (h, d) : (d, h);
            if (to - from >= bestLength)
            {
                continue;
            }

            for (var w = from + 1; w < to; w++)
            {
                if (!Dominates(heads, root, h, w))
                {
                    best = d;
                    bestLength = to - from;
                    break;
                }
            }
        }

        return best;
    }

    private static bool Dominates(int[] heads, int root, int ancestor, int word)
    {
        for (var w = word; w != root; w = heads[w])
        {
            if (w == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
