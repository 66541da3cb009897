using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

public class SpeakerMatchTests
{
    private static GoldQuote Said(string? speaker, params string[] aliases) => Make.Gold("We will win.", speaker, "direct", aliases);

    [Theory]
    [InlineData("David Lammy", true, true)]
    [InlineData("DAVID LAMMY", true, true)]
    [InlineData("Mr David Lammy", true, true)]            // titles are dropped, so this is exact
    [InlineData("Foreign Secretary David Lammy", false, true)] // "foreign" is not a dropped title
    [InlineData("David Lammy’s", true, true)]              // a possessive 's is dropped
    [InlineData("Lammy", false, true)]                     // lenient only
    [InlineData("Mr Lammy", false, true)]
    [InlineData("Lammy's", false, true)]
    [InlineData("David", false, false)]                    // the last words differ
    [InlineData("David Miliband", false, false)]
    [InlineData("Jane Lammy", false, false)]               // last words agree, but neither name is inside the other
    public void Predicted_name_against_David_Lammy(string predicted, bool exact, bool lenient)
    {
        var gold = Said("David Lammy");

        Assert.Equal(exact, SpeakerMatch.Exact(predicted, gold));
        Assert.Equal(lenient, SpeakerMatch.Lenient(predicted, gold));
    }

    [Theory]
    [InlineData("Washington Post", "Post")]
    [InlineData("Post", "Washington Post")]
    public void Lenient_works_in_both_directions(string predicted, string gold)
    {
        Assert.False(SpeakerMatch.Exact(predicted, Said(gold)));
        Assert.True(SpeakerMatch.Lenient(predicted, Said(gold)));
    }

    [Theory]
    [InlineData("US State Department", true, true)]
    [InlineData("the US State Department", true, true)]
    [InlineData("spokesperson for the US State Department", true, true)]
    [InlineData("State Department", false, true)]
    [InlineData("Department", false, true)]
    [InlineData("State Department spokesman", false, false)]
    public void An_alias_matches_exactly(string predicted, bool exact, bool lenient)
    {
        var gold = Said("spokesperson for the US State Department", "US State Department");

        Assert.Equal(exact, SpeakerMatch.Exact(predicted, gold));
        Assert.Equal(lenient, SpeakerMatch.Lenient(predicted, gold));
    }

    [Fact]
    public void Null_gold_speaker_is_matched_only_by_a_null_prediction()
    {
        var gold = Said(null);

        Assert.True(SpeakerMatch.Exact(null, gold));
        Assert.True(SpeakerMatch.Lenient(null, gold));
        Assert.False(SpeakerMatch.Exact("David Lammy", gold));
        Assert.False(SpeakerMatch.Lenient("David Lammy", gold));
    }

    [Fact]
    public void Null_gold_speaker_ignores_its_aliases()
    {
        var gold = Said(null, "David Lammy");

        Assert.False(SpeakerMatch.Exact("David Lammy", gold));
        Assert.False(SpeakerMatch.Lenient("David Lammy", gold));
    }

    [Fact]
    public void Null_prediction_does_not_match_a_named_gold_speaker()
    {
        var gold = Said("David Lammy");

        Assert.False(SpeakerMatch.Exact(null, gold));
        Assert.False(SpeakerMatch.Lenient(null, gold));
    }
}
