namespace Attribution.Tests.Speakers;

/// <summary>In a passive (<c>was told by X of “…”</c>, <c>described by X as “…”</c>) the agent after <c>by</c> speaks, not the subject.</summary>
public class PassiveAgentTests
{
    [Fact]
    public void Agent_of_was_told_by_is_the_speaker()
    {
        var quote = Attributed.Single("The minister was told by fire chief Lena Holt of “dozens of homes still flooded”.");

        Attributed.Expect(quote, "dozens of homes still flooded", QuoteKind.Partial, "Lena Holt", "told", AttributionRule.CueInSentence);
        Assert.Equal("fire chief Lena Holt", quote.Speaker?.Mention.Text);
    }

    [Theory]
    [InlineData("Ferries ran on a timetable described by the Riverton Gazette as “badly muddled”.")]
    [InlineData("The harbour timetable was described by the Riverton Gazette as “badly muddled”.")]
    public void Agent_of_described_by_is_the_speaker(string text)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "badly muddled", QuoteKind.Partial, "Riverton Gazette", "described", AttributionRule.CueInSentence);
    }
}
