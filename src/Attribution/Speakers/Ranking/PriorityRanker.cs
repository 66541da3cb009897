namespace Attribution.Speakers.Ranking;

/// <summary>
/// Ranks candidates by a fixed order of the rules that proposed them, most certain rule first: the engine's order
/// before there was a ranker, stated once, here, as data.
/// </summary>
internal sealed class PriorityRanker : ISpeakerRanker
{
    /// <summary>The rules are asked in priority order, so the first proposal is already the choice.</summary>
    public bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates) => candidates.IsEmpty;

    public int Choose(AttributionContext context, int quote, ReadOnlySpan<SpeakerCandidate> candidates)
    {
        var best = -1;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (best < 0 || candidates[i].Proposer < candidates[best].Proposer)
            {
                best = i;
            }
        }

        return best;
    }
}
