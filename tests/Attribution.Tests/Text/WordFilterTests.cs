using Attribution.Text;

namespace Attribution.Tests.Text;

public sealed class WordFilterTests
{
    private static readonly string[] Words = ["said", "Minister", "von", "OBE", "x", "according"];

    [Theory]
    [InlineData("said")]
    [InlineData("SAID")]
    [InlineData("Said")]
    [InlineData("minister")]
    [InlineData("VON")]
    [InlineData("obe")]
    [InlineData("X")]
    [InlineData("According")]
    public void Never_turns_away_a_word_of_the_list_in_any_case(string word)
    {
        Assert.True(new WordFilter(Words).MayContain(word));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("table")]
    [InlineData("Paris")]
    [InlineData("sai")]
    public void Turns_away_words_whose_length_and_letters_match_no_word_of_the_list(string word)
    {
        Assert.False(new WordFilter(Words).MayContain(word));
    }

    [Theory]
    [InlineData("\u0131s")] // dotless i, which case-insensitive comparison may fold into ASCII
    [InlineData("caf\u00e9")]
    [InlineData("")]
    public void Lets_through_words_that_start_or_end_outside_ascii(string word)
    {
        Assert.True(new WordFilter(["is", "cafe"]).MayContain(word));
    }

    [Fact]
    public void A_list_with_a_non_ascii_word_lets_everything_through()
    {
        var filter = new WordFilter(["\u00e9lan"]);

        Assert.True(filter.MayContain("zzz"));
    }

    [Fact]
    public void Random_lists_pass_every_word_of_their_own_in_three_cases()
    {
        var random = new Random(20261128);
        for (var round = 0; round < 200; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 300))
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 20)).Select(_ => (char)random.Next(33, 127))]))
                .ToArray();
            var filter = new WordFilter(words);

            foreach (var word in words)
            {
                Assert.True(filter.MayContain(word), word);
                Assert.True(filter.MayContain(word.ToUpperInvariant()), word);
                Assert.True(filter.MayContain(word.ToLowerInvariant()), word);
            }
        }
    }
}
