namespace Attribution.Cli.CommandLine;

/// <summary>The closest known name to a mistyped one, for a "did you mean" hint.</summary>
/// <remarks>
/// System.CommandLine suggests only for tokens that no argument takes, and a command that takes files takes every
/// token; so the attribute command's unknown options are matched here, against the same names.
/// </remarks>
internal static class Suggestions
{
    /// <summary>The candidate nearest to <paramref name="typed"/>, or <see langword="null"/> when none is near.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        // "--format=xml" is "--format" with a value; the value has no part in the option's name.
        var equals = typed.IndexOf('=', StringComparison.Ordinal);
        var name = equals > 0 ? typed[..equals] : typed;

        // Every two-letter option is one edit from every other: "-x" is no typo of "-h".
        if (name.Length < 4)
        {
            return null;
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = candidate.StartsWith(name, StringComparison.Ordinal)
                ? 1
                : Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        // One edit in three characters, and never more than three, reads as a typo rather than another word.
        return bestDistance <= Math.Min(3, Math.Max(1, name.Length / 3)) ? best : null;
    }

    /// <summary>Edits (insertions, deletions, substitutions, swaps of neighbours) that turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
