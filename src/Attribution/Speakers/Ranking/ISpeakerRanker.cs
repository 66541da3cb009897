namespace Attribution.Speakers.Ranking;

/// <summary>Chooses one of the candidates every rule proposed for a quotation.</summary>
internal interface ISpeakerRanker
{
    /// <returns>The index of the chosen candidate in <paramref name="candidates"/>, or -1 to leave the quotation without a speaker.</returns>
    int Choose(AttributionContext context, int quote, ReadOnlySpan<SpeakerCandidate> candidates);

    /// <summary>
    /// Whether a proposal from a rule not yet asked could still be chosen over <paramref name="candidates"/>; when not,
    /// the stage asks no more rules for this quotation, which spares the parse where the word rules have decided.
    /// </summary>
    bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates);
}
