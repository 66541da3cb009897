using Attribution.Quotes;
using Attribution.Tests.Speakers;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Quotes;

/// <summary>
/// A paragraph with a credit label (<c>Image:</c>, <c>Photo:</c>, <c>Credit:</c> …) is a photo caption: its
/// quotations are signs and slogans, not speech, and are left out. Other paragraphs keep theirs.
/// </summary>
public class CaptionTests
{
    [Theory]
    [InlineData("Image")]
    [InlineData("Photo")]
    [InlineData("Photograph")]
    [InlineData("Picture")]
    [InlineData("Credit")]
    [InlineData("Illustration")]
    [InlineData("Video")]
    public void Paragraph_with_a_credit_label_is_a_caption(string label)
    {
        var document = Parse($"Protesters hold a banner reading “Save our park”. {label}: Kesti Varn.");

        Assert.True(CaptionFinder.IsCaption(document, 0));
    }

    [Theory]
    [InlineData("Protesters hold a banner reading “Save our park”.")]
    [InlineData("Protesters hold a banner reading “Save our park”. Image by Kesti Varn.")]
    [InlineData("Anna Berg said: “Save our park.”")]
    public void Paragraph_without_a_credit_label_is_not_a_caption(string text)
    {
        Assert.False(CaptionFinder.IsCaption(Parse(text), 0));
    }

    [Theory]
    [InlineData("Protesters hold a banner reading “Save our park”. Image: Kesti Varn.")]
    [InlineData("Protesters hold a banner reading “Save our park from the bulldozers now”. Image: Kesti Varn.")]
    [InlineData("Protesters hold a banner reading “Save our park from the bulldozers now”. Photo: Kesti Varn.")]
    public void Quotation_in_a_caption_is_left_out(string text)
    {
        Assert.Empty(Attributed.Run(text).Quotes);
    }

    [Fact]
    public void Quotation_in_a_caption_is_left_out_even_after_a_cue()
    {
        Assert.Empty(Attributed.Run("Anna Berg said: “Save our park from the bulldozers now.” Credit: Kesti Varn.").Quotes);
    }

    [Fact]
    public void Same_slogan_without_a_credit_label_is_kept()
    {
        var quote = Attributed.Single("Protesters hold a banner reading “Save our park from the bulldozers now”.");

        Attributed.Expect(quote, "Save our park from the bulldozers now", QuoteKind.Direct, null, null, AttributionRule.None);
    }

    [Theory]
    [InlineData("Anna Berg said: “Save our park from the bulldozers now.”", "Save our park from the bulldozers now.", QuoteKind.Direct)]
    [InlineData("Anna Berg held a banner and said “Save our park”.", "Save our park", QuoteKind.Partial)]
    public void Same_slogan_said_by_a_speaker_is_kept(string text, string quoted, QuoteKind kind)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, quoted, kind, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }

    [Fact]
    public void Caption_paragraph_does_not_hide_speech_in_the_next_paragraph()
    {
        var quote = Attributed.Single(
            "Protesters hold a banner reading “Save our park from the bulldozers now”. Image: Kesti Varn.\n\nAnna Berg said: “We will keep the park open for everyone.”");

        Attributed.Expect(quote, "We will keep the park open for everyone.", QuoteKind.Direct, "Anna Berg", "said", AttributionRule.SpeakerBeforeQuote);
    }
}
