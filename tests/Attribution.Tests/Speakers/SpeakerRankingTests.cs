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
    public void A_speaker_carried_over_to_a_bare_quotation_after_a_cued_one_is_as_sure_as_the_corpus_finds_it()
    {
        // In the corpus a bare quotation opening the paragraph after a cued one is nearly always the same speaker's,
        // so the trained ranker is as sure of it as of the cue; a pronoun with nobody to name is not.
        var quotes = Attributed.Run("“The wards open in spring,” Dr Ilan Roe said.\n“Staff will be hired over the summer.”").Quotes;
        var unresolved = Attributed.Single("“The wards open in spring,” she said.");

        Assert.Equal([AttributionRule.SpeakerAfterQuote, AttributionRule.PreviousSpeaker], quotes.Select(q => q.Rule));
        Assert.All(quotes, q => Assert.True(q.Confidence > 0.9, $"{q.Confidence}"));
        Assert.True(unresolved.Confidence < quotes[1].Confidence, $"{unresolved.Confidence} !< {quotes[1].Confidence}");
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
