using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;

namespace Attribution.Training.Entities;

/// <summary>Builds the recogniser's <see cref="CaseLexicon"/> by counting, in unlabelled sentences, each word's capitalised and lower-case uses where capitals are free.</summary>
internal static class CaseCounts
{
    public static CaseLexicon Learn(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
    {
        var counts = new Dictionary<string, (int Capitalised, int Lower)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 1; i < sentence.Count; i++)
            {
                var form = sentence[i];
                if (!CaseLexicon.IsFree(form, sentence[i - 1]))
                {
                    continue;
                }

                var key = form.ToLowerInvariant();
                var (capitalised, lower) = counts.GetValueOrDefault(key);
                counts[key] = char.IsUpper(form[0]) ? (capitalised + 1, lower) : (capitalised, lower + 1);
            }
        }

        var bands = new Dictionary<ulong, byte>();
        foreach (var (word, (capitalised, lower)) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (capitalised + lower >= minCount)
            {
                bands.TryAdd(FeatureHash.OfLower(word), CaseLexicon.BandOf(capitalised, lower));
            }
        }

        return new CaseLexicon(bands);
    }
}
