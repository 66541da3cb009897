using Attribution.Tests.Speakers;
using static Attribution.Tests.People.PeopleText;

namespace Attribution.Tests.People;

/// <summary>Honours and degrees written after a name (<c>QC</c>, <c>CMG OBE</c>) are not part of it.</summary>
public class PostnominalTests
{
    [Theory]
    [InlineData("Jane Holt QC said the ruling was fair.")]
    [InlineData("Jane Holt KC said the ruling was fair.")]
    [InlineData("Jane Holt CMG OBE said the ruling was fair.")]
    [InlineData("Jane Holt CBE opened the library.")]
    public void Letters_after_the_name_are_dropped(string text)
    {
        var mention = Assert.Single(Mentions(text).Mentions);

        Assert.Equal("Jane Holt", mention.Name);
        Assert.Equal("Holt", mention.Surname);
        Assert.Equal(2, mention.NameWords);
        Assert.Equal("Jane Holt", SpanText(text, mention));
    }

    [Fact]
    public void Speaker_with_letters_after_the_name_is_named_without_them()
    {
        var result = Attributed.Run("Jane Holt QC said: “The ruling was fair.”");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "The ruling was fair.", QuoteKind.Direct, "Jane Holt", "said", AttributionRule.SpeakerBeforeQuote);
        Assert.Equal(["Jane Holt"], result.People.Select(p => p.Name));
    }

    [Fact]
    public void Speaker_after_the_cue_with_letters_after_the_name()
    {
        var quote = Attributed.Single("“The talks went well,” said Jane Holt QC.");

        Attributed.Expect(quote, "The talks went well,", QuoteKind.Direct, "Jane Holt", "said", AttributionRule.SpeakerAfterQuote);
    }

    [Fact]
    public void Reported_speech_with_letters_after_the_name_joins_a_later_surname()
    {
        var result = Attributed.Run("Jane Holt QC said the ruling was fair. Ms Holt left.");

        var quote = Assert.Single(result.Quotes);
        Attributed.Expect(quote, "the ruling was fair", QuoteKind.Indirect, "Jane Holt", "said", AttributionRule.ReportedSpeech);
        var person = Assert.Single(result.People);
        Assert.Equal(["Jane Holt", "Ms Holt"], person.Mentions.Select(m => m.Text));
    }
}
