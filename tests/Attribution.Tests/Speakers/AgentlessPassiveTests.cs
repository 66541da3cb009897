namespace Attribution.Tests.Speakers;

/// <summary>
/// A passive cue with no agent (<c>The crowd was asked “…”</c>) names the hearer, not the speaker; with an agent
/// (<c>was asked by X</c>) or in the active the subject or agent speaks.
/// </summary>
public class AgentlessPassiveTests
{
    private const string Question = "Who wants to stay until the very end of the night?";

    [Theory]
    [InlineData("The crowd was asked “Who wants to stay until the very end of the night?”")]
    [InlineData("The crowd was then asked “Who wants to stay until the very end of the night?”")]
    [InlineData("Tom Hale spoke. The crowd was asked “Who wants to stay until the very end of the night?”")]
    [InlineData("The crowd was told “Who wants to stay until the very end of the night?”")]
    public void Passive_without_an_agent_has_no_speaker(string text)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, Question, QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Fact]
    public void Active_subject_speaks()
    {
        var quote = Attributed.Single("The crowd asked “Who wants to stay until the very end of the night?”");

        Attributed.Expect(quote, Question, QuoteKind.Direct, "crowd", "asked", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Agent_of_the_passive_speaks()
    {
        var quote = Attributed.Single("The crowd was asked by Tom Hale “Who wants to stay until the very end of the night?”");

        Attributed.Expect(quote, Question, QuoteKind.Direct, "Tom Hale", "asked", AttributionRule.CueInSentence);
    }
}
