namespace Attribution.Speakers;

/// <summary>What may follow a reporting verb when it reports speech in the writer's words.</summary>
[Flags]
internal enum CueTraits : byte
{
    None = 0,

    /// <summary>A bare content clause: <c>she said the deal was done</c>.</summary>
    BareClause = 1,

    /// <summary>A <c>that</c> clause: <c>she warned that the deal was off</c>.</summary>
    ThatClause = 2,

    /// <summary>A hearer before the clause: <c>she told reporters (that) …</c>.</summary>
    Hearer = 4,
}
