namespace Attribution.Speakers;

/// <summary>
/// The words that name a speaker: tokens <c>[FirstToken, EndToken)</c>, and for a name the index of its mention in
/// the people stage's list.
/// </summary>
internal readonly record struct SpeakerPhrase(SpeakerKind Kind, int FirstToken, int EndToken, int Mention);
