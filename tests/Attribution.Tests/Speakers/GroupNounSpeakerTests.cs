namespace Attribution.Tests.Speakers;

/// <summary>
/// <c>Police in Leeds said …</c>: a capitalised group noun at the start of a sentence is never a name, but it is the
/// head of the description it opens, so it stays in the speaker.
/// </summary>
public class GroupNounSpeakerTests
{
    [Theory]
    [InlineData("Police in Westmarch said the road was closed.", "Police in Westmarch")]
    [InlineData("Officials at the ministry said the outbreak was under control.", "Officials at the ministry")]
    [InlineData("Witnesses at the scene said the car was red.", "Witnesses at the scene")]
    [InlineData("Residents of Elm Street said the water was brown.", "Residents of Elm Street")]
    public void The_group_noun_heads_the_speaker(string text, string speaker)
    {
        var quote = Attributed.Single(text);

        Assert.Equal((QuoteKind.Indirect, speaker), (quote.Kind, quote.Speaker?.Name));
    }

    [Fact]
    public void A_leading_adverb_is_still_dropped()
    {
        var quote = Attributed.Single("Meanwhile the ministry said the outbreak was under control.");

        Assert.Equal("ministry", quote.Speaker?.Name);
    }
}
