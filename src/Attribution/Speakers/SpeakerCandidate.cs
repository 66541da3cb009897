namespace Attribution.Speakers;

/// <summary>One proposal for a quotation's speaker: what a rule decided, and which rule (its index in the stage).</summary>
internal readonly record struct SpeakerCandidate(Decision Decision, int Proposer);
