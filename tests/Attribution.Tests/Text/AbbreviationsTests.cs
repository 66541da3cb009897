using Attribution.Text;

namespace Attribution.Tests.Text;

public class AbbreviationsTests
{
    [Theory]
    [InlineData("Mr")]
    [InlineData("Mrs")]
    [InlineData("Dr")]
    [InlineData("St")]
    [InlineData("Sgt")]
    [InlineData("Lt")]
    [InlineData("Jan")]
    [InlineData("Calif")]
    [InlineData("etc")]
    [InlineData("Inc")]
    public void Known_abbreviations_take_their_stop(string word)
    {
        Assert.True(Abbreviations.TakesStop(word));
    }

    [Theory]
    [InlineData("Smith")]
    [InlineData("mr")]
    [InlineData("MR")]
    [InlineData("said")]
    [InlineData("No")]
    [InlineData("")]
    public void Other_words_do_not_take_a_stop(string word)
    {
        Assert.False(Abbreviations.TakesStop(word));
    }

    [Theory]
    [InlineData("No", true)]
    [InlineData("Nos", true)]
    [InlineData("Vol", true)]
    [InlineData("Fig", true)]
    [InlineData("Mr", false)]
    [InlineData("no", false)]
    public void Numbering_words_take_a_stop_before_a_number(string word, bool expected)
    {
        Assert.Equal(expected, Abbreviations.TakesStopBeforeNumber(word));
    }

    [Theory]
    [InlineData("U.S.", true)]
    [InlineData("a.m.", true)]
    [InlineData("etc.", true)]
    [InlineData("Inc.", true)]
    [InlineData("I.", true)]
    [InlineData("Mr.", false)]
    [InlineData("Sgt.", false)]
    [InlineData("Jan.", false)]
    [InlineData("Calif.", false)]
    [InlineData("e.g.", false)]
    [InlineData("i.e.", false)]
    public void Which_abbreviations_can_end_a_sentence(string abbreviation, bool expected)
    {
        Assert.Equal(expected, Abbreviations.CanEndSentence(abbreviation));
    }
}
