namespace Attribution.Tests.Speakers;

/// <summary>Runs the public API on a made-up text, checks the span invariants, and compares quotations field by field.</summary>
internal static class Attributed
{
    private static readonly QuoteAttributor Attributor = new();

    public static AttributionResult Run(string text)
    {
        var result = Attributor.Attribute(text);
        Invariants.Check(text, result);
        return result;
    }

    public static Quotation Single(string text) => Assert.Single(Run(text).Quotes);

    /// <summary>Compares the fields a reader cares about in one assertion, so a failure shows them all.</summary>
    public static void Expect(
        Quotation quote, string text, QuoteKind kind, string? speaker, string? cue, AttributionRule rule)
    {
        Assert.Equal(
            (text, kind, speaker, cue, rule),
            (quote.Text, quote.Kind, quote.Speaker?.Name, quote.Cue?.Text, quote.Rule));
    }
}
