namespace Attribution.Tests.Speakers;

/// <summary>Where reported content starts and ends, and whose it is, in the less common shapes.</summary>
public sealed class ReportedClauseBoundaryTests
{
    [Fact]
    public void A_relative_pronoun_speaks_for_what_it_follows()
    {
        var quotes = Attributed.Run("The ferry left at noon, according to the harbour office, which said the crossing took an hour.").Quotes;

        var reported = Assert.Single(quotes, q => q.Text.StartsWith("the crossing", StringComparison.Ordinal));
        Attributed.Expect(reported, "the crossing took an hour", QuoteKind.Indirect, "harbour office", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_time_phrase_between_subject_and_cue_is_stepped_over()
    {
        var quote = Attributed.Single("Lena Holt, a ferry captain, on Tuesday told the Riverton Gazette the crossing was delayed.");

        Attributed.Expect(quote, "the crossing was delayed", QuoteKind.Indirect, "Lena Holt", "told", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_comment_after_the_content_is_not_part_of_it()
    {
        var quote = Attributed.Single("Tom Hale said the pier would close in May, meaning the summer trade would suffer.");

        Attributed.Expect(quote, "the pier would close in May", QuoteKind.Indirect, "Tom Hale", "said", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_second_cue_joined_by_and_starts_new_content()
    {
        var quotes = Attributed.Run("Anna Berg said the shelter would stay open and added that more beds were on the way.").Quotes;

        Assert.Equal(2, quotes.Count);
        Attributed.Expect(quotes[0], "the shelter would stay open", QuoteKind.Indirect, "Anna Berg", "said", AttributionRule.ReportedSpeech);
        Attributed.Expect(quotes[1], "more beds were on the way", QuoteKind.Indirect, "Anna Berg", "added", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void An_interjected_cue_opens_the_content_after_its_comma()
    {
        var quote = Attributed.Single("Ms Anna Berg spoke for an hour. In between, she testified, she was kept waiting at the gate.");

        Attributed.Expect(quote, "she was kept waiting at the gate", QuoteKind.Indirect, "Anna Berg", "testified", AttributionRule.ReportedSpeech);
    }

    [Fact]
    public void A_site_named_with_its_domain_is_one_word_and_can_speak()
    {
        var quote = Attributed.Single("Riverton.com reported the ferry had been sold.");

        Attributed.Expect(quote, "the ferry had been sold", QuoteKind.Indirect, "Riverton.com", "reported", AttributionRule.ReportedSpeech);
    }
}
