namespace Attribution;

/// <summary>What <see cref="QuoteAttributor.Attribute(string, CancellationToken)"/> found in one text.</summary>
/// <param name="Quotes">Every quotation, in order of position in the text.</param>
/// <param name="People">Every person mentioned, in order of first mention.</param>
public sealed record AttributionResult(IReadOnlyList<Quotation> Quotes, IReadOnlyList<Person> People);
