namespace Attribution;

/// <summary>Settings for a <see cref="QuoteAttributor"/>. The defaults suit English news.</summary>
public sealed record AttributionOptions
{
    /// <summary>
    /// Extra reporting verbs, in every form that should count (<c>deadpanned</c>, <c>deadpans</c>), added to the built-in
    /// lexicon. Multi-word cues are written with single spaces (<c>hit back</c>). Neither the list nor an entry may be
    /// null (the <see cref="QuoteAttributor"/> constructor throws <see cref="ArgumentException"/>); blank entries are
    /// ignored.
    /// </summary>
    public IReadOnlyCollection<string> ExtraCueVerbs { get; init; } = [];

    /// <summary>
    /// Extra title words that may stand before a name (<c>Alderman</c>), added to the built-in list. Neither the list
    /// nor an entry may be null (the <see cref="QuoteAttributor"/> constructor throws <see cref="ArgumentException"/>).
    /// </summary>
    public IReadOnlyCollection<string> ExtraTitles { get; init; } = [];

    /// <summary>The longest input, in UTF-16 code units, that <see cref="QuoteAttributor.Attribute(string, CancellationToken)"/> accepts.</summary>
    public int MaxInputLength { get; init; } = 64 * 1024 * 1024;
}
