using CsCheck;

namespace Attribution.Tests.Robustness;

/// <summary>The linguistic layer on random texts: it never throws and keeps <see cref="AnalysisInvariants"/>.</summary>
public sealed class AnalysisPropertyTests
{
    private const int Iterations = 1_000;

    [Fact]
    public void Random_text_never_throws_and_keeps_every_invariant() =>
        TextGen.Text.Sample(text => AnalysisInvariants.Check(text, LanguageModel.English.Analyze(text)), iter: Iterations, print: TextGen.Print);

    [Fact]
    public void Random_characters_never_throw_and_keep_every_invariant() =>
        Gen.Char.Array[0, 200].Select(chars => new string(chars))
            .Sample(text => AnalysisInvariants.Check(text, LanguageModel.English.Analyze(text)), iter: Iterations, print: TextGen.Print);

    [Fact]
    public void The_same_text_always_gets_the_same_analysis() =>
        TextGen.Text.Sample(
            text =>
            {
                var first = LanguageModel.English.Analyze(text);
                var second = LanguageModel.English.Analyze(text);
                Assert.Equal(first.Tokens, second.Tokens);
                Assert.Equal(first.Sentences, second.Sentences);
                Assert.Equal(first.Entities, second.Entities);
            },
            iter: 200,
            print: TextGen.Print);

    [Theory]
    [InlineData(10_000, "a ")]
    [InlineData(5_000, "“")]
    [InlineData(3_000, "don't ")]
    [InlineData(2_000, "Mr. Smith, ")]
    public void Long_runs_without_a_sentence_end_keep_every_invariant(int repeats, string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, repeats));

        AnalysisInvariants.Check(text, LanguageModel.English.Analyze(text));
    }
}
