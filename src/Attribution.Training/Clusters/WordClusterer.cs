using Attribution.Training.Learning;

namespace Attribution.Training.Clusters;

/// <summary>
/// Groups words by their distributional vectors into a three-level tree, sixteen ways at each level (spherical
/// k-means, seeded k-means++ starts), so that every word gets a path of three hexadecimal digits: <c>3</c> is a coarse
/// group (names, verbs of speech, numbers…), <c>3c</c> a finer one inside it, <c>3c7</c> the finest. The models read
/// prefixes of the path as features, as Koo et al. (2008) read Brown clusters: words never seen in a treebank share
/// what was learned of the treebank words in their group.
/// </summary>
/// <remarks>
/// Every sum is taken in double precision, one term after another, and every start is drawn from a fixed seed, so the
/// same vectors give the same paths on every machine (no SIMD width or thread count changes an order of additions).
/// </remarks>
internal static class WordClusterer
{
    /// <summary>Groups per group: one hexadecimal digit of a path.</summary>
    public const int Branching = 16;

    /// <summary>Digits per path.</summary>
    public const int Levels = Linguistics.Tagging.WordClusters.Depth;
    private const int Iterations = 20;

    /// <summary>The path of each vector (an index into <paramref name="vectors"/>), as a number of <see cref="Levels"/> hexadecimal digits.</summary>
    public static int[] Cluster(float[][] vectors, ulong seed)
    {
        var unit = vectors.Select(Normalised).ToArray();
        var paths = new int[unit.Length];
        Split([.. Enumerable.Range(0, unit.Length)], unit, paths, level: 0, prefix: 0, seed);
        return paths;
    }

    private static void Split(int[] members, double[][] unit, int[] paths, int level, int prefix, ulong seed)
    {
        if (level == Levels)
        {
            foreach (var m in members)
            {
                paths[m] = prefix;
            }

            return;
        }

        var k = Math.Min(Branching, members.Length);
        var assignment = KMeans(members, unit, k, new SplitMix(seed ^ (ulong)((level + 1) * 0x10000 + prefix) * 0x9E3779B97F4A7C15UL));
        // Groups are numbered by their size, largest first, so a path's digits say something on their own and do not
        // depend on the order the starts were drawn in beyond that.
        var sizes = new int[k];
        foreach (var a in assignment)
        {
            sizes[a]++;
        }

        var order = Enumerable.Range(0, k).OrderByDescending(c => sizes[c]).ThenBy(c => c).ToArray();
        for (var rank = 0; rank < k; rank++)
        {
            var c = order[rank];
            var group = members.Where((_, i) => assignment[i] == c).ToArray();
            if (group.Length > 0)
            {
                Split(group, unit, paths, level + 1, (prefix * Branching) + rank, seed);
            }
        }

        // Fewer members than groups leaves digits unused; the paths keep the same length all the same.
    }

    private static int[] KMeans(int[] members, double[][] unit, int k, SplitMix random)
    {
        var dimensions = unit[0].Length;
        var centres = Starts(members, unit, k, random);
        var assignment = new int[members.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var best = Nearest(unit[members[i]], centres);
                changed |= best != assignment[i] || iteration == 0;
                assignment[i] = best;
            }

            if (!changed)
            {
                break;
            }

            var sums = new double[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new double[dimensions];
            }

            for (var i = 0; i < members.Length; i++)
            {
                var v = unit[members[i]];
                var sum = sums[assignment[i]];
                for (var d = 0; d < dimensions; d++)
                {
                    sum[d] += v[d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                // An emptied group keeps its centre; it may win members back.
                if (sums[c].Any(x => x != 0))
                {
                    centres[c] = Normalised(sums[c]);
                }
            }
        }

        return assignment;
    }

    /// <summary>k-means++: each next start is drawn with probability growing with its distance from the starts so far.</summary>
    private static double[][] Starts(int[] members, double[][] unit, int k, SplitMix random)
    {
        var centres = new List<double[]> { unit[members[random.Below(members.Length)]] };
        var distance = new double[members.Length];
        Array.Fill(distance, double.MaxValue);
        while (centres.Count < k)
        {
            var latest = centres[^1];
            var total = 0.0;
            for (var i = 0; i < members.Length; i++)
            {
                distance[i] = Math.Min(distance[i], Math.Max(0, 1 - Dot(unit[members[i]], latest)));
                total += distance[i];
            }

            var pick = 0;
            if (total > 0)
            {
                var target = random.NextDouble() * total;
                for (var running = 0.0; pick < members.Length - 1; pick++)
                {
                    running += distance[pick];
                    if (running > target)
                    {
                        break;
                    }
                }
            }

            centres.Add(unit[members[pick]]);
        }

        return [.. centres];
    }

    private static int Nearest(double[] v, double[][] centres)
    {
        var best = 0;
        var bestDot = double.MinValue;
        for (var c = 0; c < centres.Length; c++)
        {
            var dot = Dot(v, centres[c]);
            if (dot > bestDot)
            {
                bestDot = dot;
                best = c;
            }
        }

        return best;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static double[] Normalised(float[] v) => Normalised(Array.ConvertAll(v, x => (double)x));

    private static double[] Normalised(double[] v)
    {
        var norm = Math.Sqrt(Dot(v, v));
        return norm == 0 ? v : Array.ConvertAll(v, x => x / norm);
    }
}
