namespace Attribution.Speakers.Ranking;

/// <summary>
/// Ranks candidates by a fixed order of the rules that proposed them, most certain rule first: the engine's order
/// before there was a learned ranker, stated once, here, as data. Its confidence is the rule's, discounted for a
/// pronoun or a description, which may resolve wrongly.
/// </summary>
internal sealed class PriorityRanker : ISpeakerRanker
{
    /// <summary>The rules are asked in priority order, so the first proposal is already the choice.</summary>
    public bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates) => candidates.IsEmpty;

    public bool WantsParse(ReadOnlySpan<SpeakerCandidate> candidates) => true;

    public int Choose(AttributionContext context, int quote, Decisions decided, ReadOnlySpan<SpeakerCandidate> candidates, out double confidence)
    {
        var best = -1;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (best < 0 || candidates[i].Proposer < candidates[best].Proposer)
            {
                best = i;
            }
        }

        confidence = best < 0 ? 0 : Discounted(candidates[best].Decision);
        return best;
    }

    /// <summary>A rule's confidence, discounted for a pronoun or a description, which may resolve wrongly.</summary>
    public static double Discounted(Decision decision) => decision.Confidence * decision.Speaker.Kind switch
    {
        SpeakerKind.Pronoun => 0.95,
        SpeakerKind.Description => 0.9,
        _ => 1.0,
    };
}
