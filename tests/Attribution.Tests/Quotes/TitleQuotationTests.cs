using Attribution.Quotes;
using Attribution.Tests.Speakers;

namespace Attribution.Tests.Quotes;

/// <summary>
/// A quotation in title case with no sentence inside is the name of a work, a show or a campaign: without a speaker
/// it is left out of the result; with one it is kept.
/// </summary>
public class TitleQuotationTests
{
    [Theory]
    [InlineData("Ten Out of Ten")]
    [InlineData("Chain of Light")]
    [InlineData("Chain of Light.")]
    [InlineData("The Long Road Home to Riverton")]
    [InlineData("Riverton 2030")]
    [InlineData("One Two Three Four Five Six Seven Eight Nine Ten")]
    public void Title_case_phrase_is_a_title(string content)
    {
        Assert.True(QuoteClassifier.IsTitle(content));
    }

    [Theory]
    [InlineData("Save Our Park. Stop The Bulldozers")]
    [InlineData("Who Wants To Stay?")]
    [InlineData("Stop Now!")]
    public void Sentence_inside_is_not_a_title(string content)
    {
        Assert.False(QuoteClassifier.IsTitle(content));
    }

    [Theory]
    [InlineData("water wall")]
    [InlineData("Save our park")]
    [InlineData("a wall that holds back the river")]
    public void Phrase_mostly_in_lower_case_is_not_a_title(string content)
    {
        Assert.False(QuoteClassifier.IsTitle(content));
    }

    [Theory]
    [InlineData("Riverton")]
    [InlineData("One Two Three Four Five Six Seven Eight Nine Ten Eleven")]
    public void Single_word_or_more_than_ten_words_is_not_a_title(string content)
    {
        Assert.False(QuoteClassifier.IsTitle(content));
    }

    [Fact]
    public void Title_without_a_speaker_is_left_out()
    {
        Assert.Empty(Attributed.Run("The festival opens with “The Long Road Home to Riverton” on Friday.").Quotes);
    }

    [Fact]
    public void Paired_titles_without_a_speaker_are_left_out()
    {
        Assert.Empty(Attributed.Run("The shows ‘Life with the Hales’ and ‘Ten Out of Ten’ return.").Quotes);
    }

    [Fact]
    public void Same_words_in_lower_case_are_kept()
    {
        var quote = Attributed.Single("The festival opens with “the long road home to riverton” on Friday.");

        Attributed.Expect(quote, "the long road home to riverton", QuoteKind.Partial, null, null, AttributionRule.None);
    }

    [Fact]
    public void Title_with_a_speaker_is_kept()
    {
        var quote = Attributed.Single("The festival opens with “The Long Road Home to Riverton” on Friday, Anna Berg said.");

        Attributed.Expect(quote, "The Long Road Home to Riverton", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.CueInSentence);
    }

    [Fact]
    public void Leaving_out_a_title_keeps_the_speech_after_it()
    {
        var quote = Attributed.Single(
            "The festival opens with “The Long Road Home to Riverton” on Friday.\n\nAnna Berg said: “We expect a full house every night.”");

        Attributed.Expect(quote, "We expect a full house every night.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Theory]
    [InlineData("Life and Times with the Hales")]
    [InlineData("Return of the Riverton Kings")]
    public void Short_function_words_in_lower_case_keep_a_title_a_title(string content)
    {
        Assert.True(QuoteClassifier.IsTitle(content));
    }
}
