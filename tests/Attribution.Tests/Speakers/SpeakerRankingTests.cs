using Attribution.Speakers.Ranking;

namespace Attribution.Tests.Speakers;

/// <summary>The shipped ranker through the public API: which proposal wins, and what its confidence says.</summary>
public class SpeakerRankingTests
{
    [Fact]
    public void A_pronoun_with_no_antecedent_gives_way_to_the_next_proposal()
    {
        // "he" refers to no one before it; the attribution at the end of the sentence still names the source.
        const string text = "“We will appeal,” he said, according to Coach Ruth Okafor.";

        var ranked = Attributed.Single(text);
        var byPriority = Assert.Single(new QuoteAttributor(new AttributionOptions(), new PriorityRanker()).Attribute(text).Quotes);

        Assert.Equal("Ruth Okafor", ranked.Speaker?.Name);
        Assert.Null(byPriority.Speaker);
    }

    [Fact]
    public void A_cue_beside_the_quotation_is_surer_than_a_speaker_carried_over_from_the_paragraph_before()
    {
        var quotes = Attributed.Run("“The wards open in spring,” Dr Ilan Roe said.\n“Staff will be hired over the summer.”").Quotes;

        Assert.Equal([AttributionRule.SpeakerAfterQuote, AttributionRule.PreviousSpeaker], quotes.Select(q => q.Rule));
        Assert.True(quotes[0].Confidence > 0.9, $"{quotes[0].Confidence}");
        Assert.True(quotes[1].Confidence < quotes[0].Confidence, $"{quotes[1].Confidence} !< {quotes[0].Confidence}");
    }

    [Fact]
    public void Proposals_that_agree_are_reported_under_the_rule_with_the_cue_beside_the_quotation()
    {
        // The sentence's subject and the cue after the first half name the same speaker: the split-quote rule, which
        // reads the first half's rule, must still carry the speaker on to the second half.
        var quotes = Attributed.Run("“The fund is ready,” Minister Sela Horn said. “It opens in May.”").Quotes;

        Assert.Equal(
            [("Sela Horn", AttributionRule.SpeakerAfterQuote), ("Sela Horn", AttributionRule.SplitQuote)],
            quotes.Select(q => (q.Speaker?.Name, q.Rule)));
    }

    [Theory]
    [InlineData("“We will rebuild,” said Mayor Ada Lind.")]
    [InlineData("Mayor Ada Lind reacted on social media: “We will rebuild.”")]
    [InlineData("“We will rebuild,” Mayor Ada Lind said.\n“Nothing stops us.”")]
    public void Confidence_is_a_probability(string text)
    {
        foreach (var quote in Attributed.Run(text).Quotes)
        {
            Assert.NotNull(quote.Speaker);
            Assert.InRange(quote.Confidence, 0.0, 1.0);
        }
    }
}
