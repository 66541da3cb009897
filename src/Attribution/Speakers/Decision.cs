namespace Attribution.Speakers;

/// <summary>
/// What a rule decided for one quotation: the speaker phrase, the cue tokens <c>[CueStart, CueEnd)</c> (-1 when
/// there is none), the rule and its confidence. <see cref="PhraseEnd"/> is the token after the attribution, which
/// tells the split-quote rule where the writer's words stop.
/// </summary>
internal readonly record struct Decision(
    SpeakerPhrase Speaker,
    int CueStart,
    int CueEnd,
    AttributionRule Rule,
    double Confidence,
    int PhraseEnd);
