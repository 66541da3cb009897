namespace Attribution.Tests.Speakers;

/// <summary>
/// Less common reporting verbs of news prose: those that take a clause report it (<c>Ann Lee countered that …</c>);
/// those that only say how words were spoken cue quotations (<c>“Help us,” she pleaded</c>).
/// </summary>
public class ReportingVerbCoverageTests
{
    [Theory]
    [InlineData("Mirela Vasic countered that the figures were out of date.", "countered")]
    [InlineData("Mirela Vasic hinted that the plant would close by spring.", "hinted")]
    [InlineData("Mirela Vasic cautioned that prices could rise again.", "cautioned")]
    [InlineData("Mirela Vasic clarified that the offer still stood.", "clarified")]
    [InlineData("Mirela Vasic speculated that the leak had started in March.", "speculated")]
    [InlineData("Mirela Vasic protested that nobody had warned her.", "protested")]
    public void A_clause_verb_reports_its_clause(string text, string cue)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((QuoteKind.Indirect, "Mirela Vasic", cue), (quote.Kind, quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Theory]
    [InlineData("“Please send help,” Orrin Blake pleaded.", "pleaded")]
    [InlineData("“Get out of the road,” Orrin Blake yelled.", "yelled")]
    [InlineData("“That is simply untrue,” Orrin Blake retorted.", "retorted")]
    [InlineData("“Let them try,” Orrin Blake scoffed.", "scoffed")]
    public void A_manner_verb_cues_a_quotation(string text, string cue)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((QuoteKind.Direct, "Orrin Blake", cue), (quote.Kind, quote.Speaker?.Name, quote.Cue?.Text));
    }

    [Fact]
    public void A_manner_verb_reports_no_clause()
    {
        Assert.Empty(Attributed.Run("Orrin Blake begged the council would reconsider.").Quotes);
    }
}
