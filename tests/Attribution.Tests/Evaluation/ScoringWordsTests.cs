using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

public class ScoringWordsTests
{
    [Theory]
    [InlineData("Today’s", "today's")]
    [InlineData("today‘s", "today's")]
    [InlineData("TODAY'S", "today's")]
    public void Curly_apostrophes_and_case_do_not_matter(string text, string expected)
    {
        Assert.Equal([expected], ScoringWords.Of(text));
    }

    [Fact]
    public void Curly_and_straight_apostrophes_give_the_same_words()
    {
        Assert.Equal(ScoringWords.Of("it's today's plan, isn't it"), ScoringWords.Of("It’s Today’s plan, isn’t it?"));
    }

    [Theory]
    [InlineData("\uFB01nal", "final")] // the fi ligature
    [InlineData("\uFF37\uFF25", "we")] // full-width W E
    [InlineData("x\u00B2", "x2")]      // superscript two
    [InlineData("cafe\u0301", "caf\u00E9")] // e + combining acute composes to é
    public void Text_is_normalised_to_NFKC(string text, string expected)
    {
        Assert.Equal([expected], ScoringWords.Of(text));
    }

    [Fact]
    public void A_word_is_a_run_of_letters_digits_underscores_or_apostrophes()
    {
        Assert.Equal(
            ["we", "are", "well", "known", "snake_case", "42", "co", "op", "4m"],
            ScoringWords.Of("“We are—well-known: snake_case, 42 (co-op)… £4m”"));
    }

    [Fact]
    public void Quotation_marks_and_punctuation_alone_give_no_words()
    {
        Assert.Empty(ScoringWords.Of("“ ” — … ! ?"));
    }

    [Fact]
    public void Coverage_counts_repeated_words()
    {
        var gold = ScoringWords.Of("no no no no yes");

        Assert.Equal(0.8, ScoringWords.Coverage(gold, [.. ScoringWords.Of("no")]));
        Assert.Equal(0.2, ScoringWords.Coverage(gold, [.. ScoringWords.Of("yes")]));
        Assert.Equal(1.0, ScoringWords.Coverage(gold, [.. ScoringWords.Of("Yes, no.")]));
    }

    [Fact]
    public void Coverage_of_no_words_is_zero()
    {
        Assert.Equal(0, ScoringWords.Coverage([], [.. ScoringWords.Of("anything")]));
    }

    [Theory]
    [InlineData(79, false)]
    [InlineData(80, true)]
    [InlineData(81, true)]
    public void Coverage_at_the_threshold_compares_exactly(int inside, bool reaches)
    {
        var a = ScoringWords.Of(Make.Words(100));
        var b = new HashSet<string>(ScoringWords.Of(Make.Words(inside)), StringComparer.Ordinal);

        Assert.Equal(reaches, ScoringWords.Coverage(a, b) >= Scorer.Threshold);
    }

    [Theory]
    [InlineData("Mr David Lammy", new[] { "david", "lammy" })]
    [InlineData("Mr. David Lammy’s", new[] { "david", "lammy" })]
    [InlineData("Prime Minister Keir Starmer", new[] { "keir", "starmer" })]
    [InlineData("the spokesperson for the US State Department", new[] { "spokesperson", "for", "us", "state", "department" })]
    [InlineData("Dame Sir Lord Lady Prof Professor Dr Ms Mrs Miss President Secretary A An Smith", new[] { "smith" })]
    [InlineData("O'Neill", new[] { "o'neill" })]
    public void Speaker_words_drop_titles_articles_and_possessives(string name, string[] expected)
    {
        Assert.Equal(expected, ScoringWords.OfSpeaker(name));
    }
}
