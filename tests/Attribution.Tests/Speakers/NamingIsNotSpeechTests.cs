namespace Attribution.Tests.Speakers;

/// <summary>
/// A naming verb right before a quotation (<c>a scheme called “…”</c>) names a thing rather than reporting speech, and
/// <c>went on</c> is no cue; with an object between (<c>called the plan “…”</c>) the verb still cues.
/// </summary>
public class NamingIsNotSpeechTests
{
    // The earlier sentence gives "She" a person to resolve to, so a speaker could only be missing because of the naming verb.
    private const string Intro = "Anna Berg joined the agency in 2019. ";

    [Fact]
    public void Short_name_after_called_has_no_speaker_and_is_dropped_as_a_scare_quote()
    {
        // ResultBuilder drops an unattributed partial quotation of four words or fewer.
        Assert.Empty(Attributed.Run(Intro + "She ran a scheme called “homecoming” there.").Quotes);
    }

    [Fact]
    public void Long_name_after_called_is_kept_without_a_speaker()
    {
        var quote = Attributed.Single(Intro + "She ran a scheme called “a slow and careful return of the old staff” there.");

        Attributed.Expect(quote, "a slow and careful return of the old staff", QuoteKind.Partial, null, null, AttributionRule.None);
    }

    [Fact]
    public void Song_title_after_called_is_not_speech()
    {
        Assert.Empty(Attributed.Run("The band played a song called “Blue River Morning” at the fair.").Quotes);
    }

    [Fact]
    public void Called_with_an_object_before_the_quotation_still_cues()
    {
        var quote = Attributed.Single("Tom Hale called the plan “a reckless gamble with public money”.");

        Attributed.Expect(quote, "a reckless gamble with public money", QuoteKind.Partial, "Tom Hale", "called", AttributionRule.CueInSentence);
    }

    [Fact]
    public void Pronoun_calling_an_object_resolves_to_the_person()
    {
        var quote = Attributed.Single(Intro + "She called the scheme “a slow and careful return of the old staff”.");

        Attributed.Expect(quote, "a slow and careful return of the old staff", QuoteKind.Partial, "Anna Berg", "called", AttributionRule.CueInSentence);
    }

    [Theory]
    [InlineData("Tom Hale claimed the strike could go on for “years.”")]
    [InlineData("Tom Hale claimed the strike went on for “years.”")]
    public void Go_on_for_is_no_cue_so_the_claim_belongs_to_the_sentence_speaker(string text)
    {
        Attributed.Expect(Attributed.Single(text), "years.", QuoteKind.Partial, "Tom Hale", "claimed", AttributionRule.CueInSentence);
    }

    [Fact]
    public void Went_on_without_a_cue_makes_no_speaker()
    {
        // "The strike" is not a speaker, and the speakerless one-word fragment is a scare quote.
        Assert.Empty(Attributed.Run("The strike went on for “years.”").Quotes);
    }
}
