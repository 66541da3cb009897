namespace Attribution;

/// <summary>
/// The rule that decided a quotation's speaker. For quotations in quotation marks the rules from
/// <see cref="SpeakerAfterQuote"/> to <see cref="PreviousSpeaker"/> are tried in the order declared here, most
/// certain first, and the first that applies wins. Block quotations take their speaker from the introducing line
/// (<see cref="SpeakerBeforeQuote"/>, then <see cref="ContinuedParagraph"/>); <see cref="Interview"/> and
/// <see cref="ReportedSpeech"/> are found by their own stages.
/// </summary>
public enum AttributionRule
{
    /// <summary>No rule found a speaker.</summary>
    None,

    /// <summary>The speaker and cue follow the quotation in the same sentence: <c>“…,” Ms Berg said</c> or <c>“…,” said Ms Berg</c>.</summary>
    SpeakerAfterQuote,

    /// <summary>The second half of a quotation split by its attribution: <c>“A,” she said. “B.”</c></summary>
    SplitQuote,

    /// <summary>
    /// The speaker and cue introduce the quotation: <c>Ms Berg said: “…”</c>, also from the end of the previous
    /// paragraph (<c>Ms Berg said:</c> followed by a quoted or block paragraph).
    /// </summary>
    SpeakerBeforeQuote,

    /// <summary>A paragraph that reopens a quotation left open at the end of the previous paragraph, or continues a block.</summary>
    ContinuedParagraph,

    /// <summary>A quoted fragment inside a sentence whose subject speaks: <c>Ms Berg called for an “immediate ceasefire”</c>.</summary>
    CueInSentence,

    /// <summary><c>according to X</c> in the same sentence.</summary>
    AccordingTo,

    /// <summary>A line that signs the quotation with a dash: <c>“…” — Ann Lee</c>, or a paragraph <c>— Ann Lee, director</c> after it.</summary>
    DashLine,

    /// <summary>A quotation with no cue of its own that follows a quotation by a known speaker in the previous paragraph.</summary>
    PreviousSpeaker,

    /// <summary>A question-and-answer paragraph labelled with its speaker: <c>Ann Lee: We will rebuild.</c></summary>
    Interview,

    /// <summary>Reported speech: <c>X said (that) …</c>, <c>…, X said</c>, <c>according to X, …</c>, with the content clause as the quotation.</summary>
    ReportedSpeech,
}
