namespace Attribution.Speakers;

/// <summary>
/// Who a speaker phrase names: the canonical name, the person index (-1 for a description no person holds), and the
/// characters <c>[Start, End)</c> of the words that name them. Two identities are the same speaker when their persons
/// agree, or, without a person, their names do.
/// </summary>
internal readonly record struct SpeakerIdentity(string Name, int Person, int Start, int End)
{
    public bool SameSpeakerAs(SpeakerIdentity other) =>
        Person >= 0 || other.Person >= 0 ? Person == other.Person : string.Equals(Name, other.Name, StringComparison.Ordinal);
}
