using Attribution.Linguistics.Models;

namespace Attribution.Tests.Linguistics;

public class FeatureHashTests
{
    private const string Typographic = "‘’‚‛′“”„‟″";

    [Fact]
    public void Folding_a_character_lowers_it_as_the_framework_does_for_every_character_but_quotation_marks_and_again_once_remembered()
    {
        for (var round = 0; round < 2; round++)
        {
            for (var c = (int)char.MinValue; c <= char.MaxValue; c++)
            {
                if (!Typographic.Contains((char)c))
                {
                    Assert.Equal(char.ToLowerInvariant((char)c), FeatureHash.Fold((char)c));
                }
            }
        }
    }

    [Fact]
    public void Typographic_quotation_marks_and_apostrophes_fold_to_the_typewriters()
    {
        Assert.Equal(FeatureHash.OfLower("Lind's"), FeatureHash.OfLower("Lind’s"));
        Assert.Equal(FeatureHash.OfLower("\"we will\""), FeatureHash.OfLower("“We will”"));
        foreach (var c in Typographic)
        {
            var folded = FeatureHash.Fold(c);
            Assert.True(folded is '\'' or '"', $"{c} folds to {folded}");
            Assert.Equal(FeatureHash.OfLower(folded.ToString()), FeatureHash.OfLower(c.ToString()));
        }

        Assert.NotEqual(FeatureHash.OfLower("'"), FeatureHash.OfLower("\""));
    }

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("«QUOTED»")]
    [InlineData("Ça ÉTÉ")]
    [InlineData("İSTANBUL")]
    [InlineData("ΑΘΗΝΑ")]
    public void The_lower_case_hash_is_the_hash_of_the_lower_case_string(string text) =>
        Assert.Equal(FeatureHash.Of(text.ToLowerInvariant()), FeatureHash.OfLower(text));
}
