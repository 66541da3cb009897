using Attribution.Text;

namespace Attribution.Tests.Text;

public class CharClassTests
{
    [Theory]
    [InlineData('"')]
    [InlineData('\'')]
    [InlineData('“')]
    [InlineData('”')]
    [InlineData('‘')]
    [InlineData('’')]
    [InlineData('«')]
    [InlineData('»')]
    [InlineData('„')]
    [InlineData('‚')]
    [InlineData('‹')]
    [InlineData('›')]
    public void Quotation_marks(char c)
    {
        Assert.True(CharClass.IsQuoteMark(c));
    }

    [Theory]
    [InlineData('a')]
    [InlineData('`')]
    [InlineData(',')]
    [InlineData('—')]
    [InlineData('<')]
    public void Not_quotation_marks(char c)
    {
        Assert.False(CharClass.IsQuoteMark(c));
    }

    [Theory]
    [InlineData('\'', true)]
    [InlineData('’', true)]
    [InlineData('ʼ', true)]
    [InlineData('‘', false)]
    [InlineData('"', false)]
    public void Apostrophes_straight_and_curly(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsApostrophe(c));
    }

    [Theory]
    [InlineData('—', true)]
    [InlineData('–', true)]
    [InlineData('―', true)]
    [InlineData('‒', true)]
    [InlineData('-', false)]
    [InlineData('\u2010', false)]
    public void Dashes_but_not_hyphens(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsDash(c));
    }

    [Theory]
    [InlineData('a', true)]
    [InlineData('Z', true)]
    [InlineData('7', true)]
    [InlineData('_', true)]
    [InlineData('é', true)]
    [InlineData('ж', true)]
    [InlineData('\u0301', true)]
    [InlineData('-', false)]
    [InlineData('.', false)]
    [InlineData('’', false)]
    [InlineData(' ', false)]
    [InlineData('\uD83D', false)]
    public void Word_characters_include_letters_digits_and_combining_marks(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsWordChar(c));
    }

    [Theory]
    [InlineData('\n', true)]
    [InlineData('\r', true)]
    [InlineData('\u0085', true)]
    [InlineData('\u2028', true)]
    [InlineData('\u2029', true)]
    [InlineData('\t', false)]
    [InlineData('\v', false)]
    [InlineData(' ', false)]
    public void Line_breaks(char c, bool expected)
    {
        Assert.Equal(expected, CharClass.IsLineBreak(c));
    }
}
