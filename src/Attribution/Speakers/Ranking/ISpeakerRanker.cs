namespace Attribution.Speakers.Ranking;

/// <summary>Chooses one of the candidates the rules proposed for a quotation.</summary>
internal interface ISpeakerRanker
{
    /// <summary>
    /// Chooses the speaker of <paramref name="quote"/> from <paramref name="candidates"/>, reading the choices made for
    /// the earlier quotations in <paramref name="decided"/>; <paramref name="confidence"/> is how likely the choice is
    /// right, from 0 to 1.
    /// </summary>
    /// <returns>The index of the chosen candidate in <paramref name="candidates"/>, or -1 to leave the quotation without a speaker.</returns>
    int Choose(AttributionContext context, int quote, Decisions decided, ReadOnlySpan<SpeakerCandidate> candidates, out double confidence);

    /// <summary>
    /// Whether a proposal from a rule not yet asked could still be chosen over <paramref name="candidates"/>; when not,
    /// the stage asks no more rules for this quotation, which spares the parse where the word rules have decided.
    /// </summary>
    bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates);

    /// <summary>Whether to ask a rule that reads the parse, given the proposals so far (the parse is the costly part).</summary>
    bool WantsParse(ReadOnlySpan<SpeakerCandidate> candidates);
}
