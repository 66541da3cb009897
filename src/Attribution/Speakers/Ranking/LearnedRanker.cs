using System.Buffers;

namespace Attribution.Speakers.Ranking;

/// <summary>
/// Ranks candidates by a logistic model over their <see cref="CandidateFeatures"/>, trained on the corpus (each
/// candidate labelled right or wrong against the gold speaker): the candidate most likely right wins, and that
/// probability is the confidence. A candidate that does not resolve (a pronoun with no antecedent) is never chosen, so
/// the next one stands in for it. Every cheap rule is asked; the parse is read only when none has proposed a speaker.
/// </summary>
internal sealed class LearnedRanker(RankerWeights weights) : ISpeakerRanker
{
    public static LearnedRanker Default { get; } = new(RankerWeights.Default);

    public bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates) => true;

    public bool WantsParse(ReadOnlySpan<SpeakerCandidate> candidates) => AsksParse(candidates);

    /// <summary>
    /// Whether the parse is worth reading: only when no rule has proposed a speaker. The word rules propose for most
    /// quotations, and tagging and parsing their paragraphs as well cost ten times the rest of the attribution
    /// (BenchmarkDotNet, the 31-article corpus) for no gain in accuracy on the corpora.
    /// </summary>
    public static bool AsksParse(ReadOnlySpan<SpeakerCandidate> candidates) => candidates.IsEmpty;

    public int Choose(AttributionContext context, int quote, Decisions decided, ReadOnlySpan<SpeakerCandidate> candidates, out double confidence)
    {
        confidence = 0;
        if (candidates.IsEmpty)
        {
            return -1;
        }

        var buffer = ArrayPool<SpeakerIdentity?>.Shared.Rent(candidates.Length);
        var resolved = buffer.AsSpan(0, candidates.Length);
        Identify(context, candidates, resolved);
        var previous = PreviousSpeaker(context, quote, decided);
        Span<int> features = stackalloc int[CandidateFeatures.MaxActive];
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (resolved[i] is null)
            {
                continue;
            }

            var n = CandidateFeatures.Extract(context, quote, candidates, resolved, i, previous, features);
            var score = weights.Score(features[..n]);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        if (best < 0)
        {
            ArrayPool<SpeakerIdentity?>.Shared.Return(buffer, clearArray: true);
            return -1;
        }

        // The speaker is chosen; of the proposals that name it, the first rule's stands for it, since its cue and
        // where its words end are what the rules for the next quotations read (a split quotation continues a
        // speaker-after-quote decision, not the same speaker found by the sentence's verb).
        var chosen = resolved[best]!.Value;
        for (var i = 0; i < best; i++)
        {
            if (resolved[i] is { } r && r.SameSpeakerAs(chosen))
            {
                best = i;
                break;
            }
        }

        ArrayPool<SpeakerIdentity?>.Shared.Return(buffer, clearArray: true);
        confidence = 1 / (1 + Math.Exp(-bestScore));
        return best;
    }

    /// <summary>Who each candidate names, null where a pronoun has no antecedent (such a candidate cannot be chosen).</summary>
    public static void Identify(AttributionContext context, ReadOnlySpan<SpeakerCandidate> candidates, Span<SpeakerIdentity?> resolved)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            resolved[i] = SpeakerResolver.Identify(context, candidates[i].Decision.Speaker);
        }
    }

    /// <summary>Who the previous quotation's speaker is, or null when it has none.</summary>
    public static SpeakerIdentity? PreviousSpeaker(AttributionContext context, int quote, Decisions decided) =>
        quote > 0 && decided[quote - 1] is { } d ? SpeakerResolver.Identify(context, d.Speaker) : null;
}
