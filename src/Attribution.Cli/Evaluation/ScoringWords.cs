using System.Globalization;
using System.Text;

namespace Attribution.Cli.Evaluation;

/// <summary>
/// Words as the corpus README defines them for scoring: NFKC, lower case, curly single marks as <c>'</c>; a word is a
/// run of letters, digits, <c>_</c> or <c>'</c>.
/// </summary>
internal static class ScoringWords
{
    private static readonly HashSet<string> SpeakerNoise = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "president", "prime",
        "minister", "secretary", "a", "an", "the",
    };

    public static List<string> Of(string text)
    {
        var normal = text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture)
            .Replace('‘', '\'').Replace('’', '\'');
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var inWord = i < normal.Length && (char.IsLetterOrDigit(normal[i]) || normal[i] is '_' or '\'');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(normal[start..i]);
                start = -1;
            }
        }

        return words;
    }

    /// <summary>A speaker name's words without titles, articles and a possessive <c>'s</c>.</summary>
    public static List<string> OfSpeaker(string name)
    {
        var words = new List<string>();
        foreach (var word in Of(name))
        {
            var bare = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.Trim('\'');
            if (bare.Length > 0 && !SpeakerNoise.Contains(bare))
            {
                words.Add(bare);
            }
        }

        return words;
    }

    /// <summary>The share of <paramref name="a"/>'s words, counted with repeats, that <paramref name="b"/> contains.</summary>
    public static double Coverage(List<string> a, HashSet<string> b)
    {
        if (a.Count == 0)
        {
            return 0;
        }

        var inside = 0;
        foreach (var word in a)
        {
            inside += b.Contains(word) ? 1 : 0;
        }

        return (double)inside / a.Count;
    }
}
