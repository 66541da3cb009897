namespace Attribution.Speakers.Rules;

/// <summary>
/// One attribution rule: it proposes a speaker for a quotation, or nothing, and the ranker chooses among the
/// proposals. A rule may read the decisions already taken for earlier quotations.
/// </summary>
internal interface IQuoteRule
{
    Decision? TryDecide(AttributionContext context, int quote, Decisions decided);

    /// <summary>Whether the rule reads the dependency parse, the costly part of the analysis.</summary>
    bool ReadsParse => false;
}
