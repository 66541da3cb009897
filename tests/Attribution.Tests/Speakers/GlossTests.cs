using Attribution.Speakers;
using Attribution.Speakers.Rules;

namespace Attribution.Tests.Speakers;

/// <summary>
/// A quotation alone in brackets (<c>the anti-flood (“water wall”) scheme</c>) glosses a word; nobody says it, so the
/// cue-in-sentence rule gives it no speaker even when the sentence has one.
/// </summary>
public class GlossTests
{
    private static Decision? Decide(string text)
    {
        var context = Contexts.Build(text);
        Assert.Single(context.Quotes);
        return new CueInSentenceRule().TryDecide(context, 0, new Decisions(1));
    }

    [Theory]
    [InlineData("Tom Hale said the anti-flood (“water wall”) scheme will cost millions.")]
    [InlineData("The anti-flood (“water wall”) scheme, said Tom Hale, will cost millions.")]
    [InlineData("Tom Hale called for a (“water wall that holds back the river”) scheme.")]
    public void Rule_gives_a_quotation_in_brackets_no_speaker(string text)
    {
        Assert.Null(Decide(text));
    }

    [Theory]
    [InlineData("Tom Hale said the anti-flood “water wall” scheme will cost millions.")]
    [InlineData("Tom Hale called for a “water wall that holds back the river” scheme.")]
    public void Rule_gives_the_same_quotation_without_brackets_the_speaker(string text)
    {
        var decision = Assert.NotNull(Decide(text));
        Assert.Equal(AttributionRule.CueInSentence, decision.Rule);
    }

    [Theory]
    [InlineData("Tom Hale said the anti-flood (“water wall that holds back the river”) scheme will cost millions.")]
    [InlineData("Tom Hale called for a (“water wall that holds back the river”) scheme.")]
    public void Gloss_has_no_speaker(string text)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "water wall that holds back the river", QuoteKind.Partial, null, null, AttributionRule.None);
    }

    [Theory]
    [InlineData("Tom Hale said the anti-flood “water wall that holds back the river” scheme will cost millions.", "said")]
    [InlineData("Tom Hale called for a “water wall that holds back the river” scheme.", "called for")]
    public void Same_words_without_brackets_are_the_speakers(string text, string cue)
    {
        var quote = Attributed.Single(text);

        Attributed.Expect(quote, "water wall that holds back the river", QuoteKind.Partial, "Tom Hale", cue, AttributionRule.CueInSentence);
    }

    [Fact]
    public void Short_gloss_is_left_out_of_the_result()
    {
        var result = Attributed.Run("The anti-flood (“water wall”) scheme, said Tom Hale, will cost millions.");

        Assert.DoesNotContain(result.Quotes, q => q.Text == "water wall");
        Assert.Equal(["Tom Hale"], result.People.Select(p => p.Name));
    }
}
