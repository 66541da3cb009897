namespace Attribution.Tests.Speakers;

/// <summary>A quotation signed with a dash, at the end of its paragraph or in a short paragraph of its own.</summary>
public class DashLineRuleTests
{
    private const string Bridge = "We will rebuild the bridge before the winter comes.";

    [Fact]
    public void Dash_and_name_after_the_quotation_in_the_same_paragraph()
    {
        var quote = Attributed.Single("“We will rebuild.” — Lena Holt");

        Attributed.Expect(quote, "We will rebuild.", QuoteKind.Direct, "Lena Holt", null, AttributionRule.DashLine);
        Assert.Equal("Lena Holt", quote.Speaker?.Mention.Text);
    }

    [Fact]
    public void En_dash_and_name_with_a_role_after_it()
    {
        var quote = Attributed.Single($"“{Bridge}” – Lena Holt, director of Greenfield Homes");

        Attributed.Expect(quote, Bridge, QuoteKind.Direct, "Lena Holt", null, AttributionRule.DashLine);
    }

    [Fact]
    public void Short_signature_paragraph_after_the_quotation()
    {
        var result = Attributed.Run($"“{Bridge}”\n— Deputy Mayor Lena Holt of the city council.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, Bridge, QuoteKind.Direct, "Lena Holt", null, AttributionRule.DashLine);
        Assert.Equal("Deputy Mayor Lena Holt", quote.Speaker?.Mention.Text);
        Assert.Equal(["Deputy Mayor"], Assert.Single(result.People).Titles);
    }

    [Fact]
    public void Next_paragraph_without_a_dash_is_not_a_signature()
    {
        var quote = Attributed.Single($"“{Bridge}”\nLena Holt chairs the city council.");

        Attributed.Expect(quote, Bridge, QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Fact]
    public void Long_dash_paragraph_is_not_a_signature()
    {
        const string text =
            $"“{Bridge}”\n" +
            "— Deputy Mayor Lena Holt of the city council, speaking at the opening of the new library in the old market square on Tuesday evening.";

        Attributed.Expect(Attributed.Single(text), Bridge, QuoteKind.Direct, null, null, AttributionRule.None);
    }
}
