namespace Attribution.Cli.Evaluation;

/// <summary>Exact and lenient speaker matching on name words (titles, articles and <c>'s</c> dropped).</summary>
internal static class SpeakerMatch
{
    public static bool Exact(string? predicted, GoldQuote gold)
    {
        if (predicted is null || gold.Speaker is null)
        {
            return predicted is null && gold.Speaker is null;
        }

        var words = ScoringWords.OfSpeaker(predicted);
        return Names(gold).Any(name => ScoringWords.OfSpeaker(name).SequenceEqual(words, StringComparer.Ordinal));
    }

    /// <summary>The last words agree and one name's words all occur in the other's (<c>Lammy</c> for <c>David Lammy</c>).</summary>
    public static bool Lenient(string? predicted, GoldQuote gold)
    {
        if (predicted is null || gold.Speaker is null)
        {
            return predicted is null && gold.Speaker is null;
        }

        var words = ScoringWords.OfSpeaker(predicted);
        foreach (var name in Names(gold))
        {
            var other = ScoringWords.OfSpeaker(name);
            if (words.Count == 0 || other.Count == 0 || words[^1] != other[^1])
            {
                continue;
            }

            if (words.All(other.Contains) || other.All(words.Contains))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Names(GoldQuote gold) => gold.Speaker is null ? gold.Aliases : [gold.Speaker, .. gold.Aliases];
}
