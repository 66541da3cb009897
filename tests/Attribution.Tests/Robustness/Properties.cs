namespace Attribution.Tests.Robustness;

/// <summary>What every result must satisfy, beyond <see cref="Invariants"/>: order, nesting and determinism.</summary>
internal static class Properties
{
    public static void Check(QuoteAttributor attributor, string text)
    {
        var result = attributor.Attribute(text);
        AnalysisInvariants.Check(text, LanguageModel.English.Analyze(text));

        Invariants.Check(text, result);
        var quotes = result.Quotes;
        for (var i = 0; i < quotes.Count; i++)
        {
            Assert.InRange(quotes[i].Start, 0, text.Length);
            Assert.InRange(quotes[i].End, quotes[i].Start, text.Length);

            // The engine promises position order: by start, then by end.
            if (i > 0)
            {
                Assert.True(
                    quotes[i - 1].Start < quotes[i].Start || (quotes[i - 1].Start == quotes[i].Start && quotes[i - 1].End <= quotes[i].End),
                    $"quotations out of order: {quotes[i - 1]} before {quotes[i]}");
            }
        }

        // Quotations are marked pairs matched like brackets, and reported speech is a whole clause, so two of them are
        // either apart or one holds the other; a partial overlap would mean a span was cut in the wrong place.
        for (var i = 0; i < quotes.Count; i++)
        {
            for (var j = i + 1; j < quotes.Count && quotes[j].Start < quotes[i].End; j++)
            {
                Assert.True(quotes[j].End <= quotes[i].End, $"quotations cross: {quotes[i]} and {quotes[j]}");
            }
        }

        // Each stretch of text is said by one speaker: the same span twice would give it two.
        for (var i = 1; i < quotes.Count; i++)
        {
            Assert.False(
                quotes[i - 1].Start == quotes[i].Start && quotes[i - 1].End == quotes[i].End,
                $"one span quoted twice: {quotes[i - 1]} and {quotes[i]}");
        }

        ResultSnapshot.Of(result).AssertEqual(ResultSnapshot.Of(attributor.Attribute(text)));
    }
}
