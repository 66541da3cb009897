using Attribution.Linguistics.Models;
using Attribution.Linguistics.Words;

namespace Attribution.Linguistics.Entities;

/// <summary>
/// How the document itself writes each word where capitals are free: a name at a sentence's start, or in a headline,
/// is told by its other uses in the same text (<c>Griffin said</c> elsewhere), which the general
/// <see cref="CaseLexicon"/> cannot know for a name it never saw. Filled paragraph by paragraph before any is
/// labelled; reused from one document to the next.
/// </summary>
internal sealed class DocumentCases
{
    private readonly Dictionary<ulong, (int Capitalised, int Lower)> counts = [];

    /// <summary>How many distinct words have been counted.</summary>
    public int Count => counts.Count;

    public void Clear() => counts.Clear();

    /// <summary>Counts one paragraph's words.</summary>
    public void Add(string text, ReadOnlySpan<Word> words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            var form = words[i].Of(text);
            if (CaseLexicon.IsFree(form, words[i - 1].Of(text)))
            {
                var key = FeatureHash.OfLower(form);
                var (capitalised, lower) = counts.GetValueOrDefault(key);
                counts[key] = char.IsUpper(form[0]) ? (capitalised + 1, lower) : (capitalised, lower + 1);
            }
        }
    }

    /// <summary>The capitalisation band of word <paramref name="i"/> of a counted paragraph among the document's other uses of it.</summary>
    public byte BandOf(string text, ReadOnlySpan<Word> words, int i, ulong lowerHash)
    {
        if (!counts.TryGetValue(lowerHash, out var seen))
        {
            return 0;
        }

        var (capitalised, lower) = seen;
        var form = words[i].Of(text);
        if (i > 0 && CaseLexicon.IsFree(form, words[i - 1].Of(text)))
        {
            if (char.IsUpper(form[0]))
            {
                capitalised--;
            }
            else
            {
                lower--;
            }
        }

        return CaseLexicon.BandOf(capitalised, lower);
    }
}
