namespace Attribution.Speakers.Rules;

/// <summary>
/// One attribution rule. Rules run in a fixed order for each quotation, most certain first; the first decision
/// wins. A rule may read the decisions already taken for earlier quotations.
/// </summary>
internal interface IQuoteRule
{
    Decision? TryDecide(AttributionContext context, int quote, Decisions decided);
}
