using System.Text.Json.Serialization;

namespace Attribution;

/// <summary>
/// The rule that decided a quotation's speaker. For quotations in quotation marks every rule proposes the speaker
/// it would give and a ranker trained on hand-checked articles chooses among the proposals; the rule named is the
/// one whose proposal won. Block quotations take their speaker from the introducing line
/// (<see cref="SpeakerBeforeQuote"/>, then <see cref="ContinuedParagraph"/>); <see cref="Interview"/> and
/// <see cref="ReportedSpeech"/> are found by their own stages.
/// </summary>
/// <remarks>In JSON, each value is written in kebab case (<c>speaker-after-quote</c>).</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AttributionRule>))]
public enum AttributionRule
{
    /// <summary>No rule found a speaker.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>The speaker and cue follow the quotation in the same sentence: <c>“…,” Ms Berg said</c> or <c>“…,” said Ms Berg</c>.</summary>
    [JsonStringEnumMemberName("speaker-after-quote")]
    SpeakerAfterQuote,

    /// <summary>The second half of a quotation split by its attribution: <c>“A,” she said. “B.”</c></summary>
    [JsonStringEnumMemberName("split-quote")]
    SplitQuote,

    /// <summary>
    /// The speaker and cue introduce the quotation: <c>Ms Berg said: “…”</c>, also from the end of the previous
    /// paragraph (<c>Ms Berg said:</c> followed by a quoted or block paragraph).
    /// </summary>
    [JsonStringEnumMemberName("speaker-before-quote")]
    SpeakerBeforeQuote,

    /// <summary>A paragraph that reopens a quotation left open at the end of the previous paragraph, or continues a block.</summary>
    [JsonStringEnumMemberName("continued-paragraph")]
    ContinuedParagraph,

    /// <summary>A quoted fragment inside a sentence whose subject speaks: <c>Ms Berg called for an “immediate ceasefire”</c>.</summary>
    [JsonStringEnumMemberName("cue-in-sentence")]
    CueInSentence,

    /// <summary><c>according to X</c> in the same sentence.</summary>
    [JsonStringEnumMemberName("according-to")]
    AccordingTo,

    /// <summary>A line that signs the quotation with a dash: <c>“…” — Ann Lee</c>, or a paragraph <c>— Ann Lee, director</c> after it.</summary>
    [JsonStringEnumMemberName("dash-line")]
    DashLine,

    /// <summary>A quotation with no cue of its own that follows a quotation by a known speaker in the previous paragraph.</summary>
    [JsonStringEnumMemberName("previous-speaker")]
    PreviousSpeaker,

    /// <summary>A question-and-answer paragraph labelled with its speaker: <c>Ann Lee: We will rebuild.</c></summary>
    [JsonStringEnumMemberName("interview")]
    Interview,

    /// <summary>Reported speech: <c>X said (that) …</c>, <c>…, X said</c>, <c>according to X, …</c>, with the content clause as the quotation.</summary>
    [JsonStringEnumMemberName("reported-speech")]
    ReportedSpeech,

    /// <summary>
    /// Read from the sentence's dependency tree: the subject of the verb that governs the quotation, where no word
    /// pattern above applies (<c>Councillor Ema Voss rejected the budget, calling it “a tax on hope”</c>, <c>Mayor Ada
    /// Lind reacted on social media: “We will rebuild.”</c>).
    /// </summary>
    [JsonStringEnumMemberName("governing-verb")]
    GoverningVerb,

    /// <summary>
    /// A quotation that stands alone as a sentence after a sentence of the same paragraph about a person, who is
    /// that sentence's subject: <c>Chef Oren Bask recalled his first year. “I slept in the kitchen.”</c>
    /// </summary>
    [JsonStringEnumMemberName("topic-subject")]
    TopicSubject,
}
