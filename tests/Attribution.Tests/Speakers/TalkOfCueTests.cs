namespace Attribution.Tests.Speakers;

/// <summary><c>talked of</c>, <c>spoke about</c>: talking verbs are cues only with the preposition after them.</summary>
public class TalkOfCueTests
{
    [Theory]
    [InlineData("Tom Hale talked of “a new start for the town”.", "talked of")]
    [InlineData("Tom Hale spoke about “a new start for the town”.", "spoke about")]
    [InlineData("Tom Hale spoke of “a new start for the town”.", "spoke of")]
    [InlineData("Tom Hale talks about “a new start for the town”.", "talks about")]
    public void Talking_verb_and_preposition_cue_a_partial_quotation(string text, string cue)
    {
        Attributed.Expect(
            Attributed.Single(text), "a new start for the town", QuoteKind.Partial, "Tom Hale", cue, AttributionRule.SpeakerBeforeQuote);
    }
}
