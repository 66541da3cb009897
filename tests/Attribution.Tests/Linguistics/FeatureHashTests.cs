using Attribution.Linguistics.Models;

namespace Attribution.Tests.Linguistics;

public class FeatureHashTests
{
    [Fact]
    public void Lowering_a_character_matches_the_framework_for_every_character_and_again_once_remembered()
    {
        for (var round = 0; round < 2; round++)
        {
            for (var c = (int)char.MinValue; c <= char.MaxValue; c++)
            {
                Assert.Equal(char.ToLowerInvariant((char)c), FeatureHash.ToLowerInvariant((char)c));
            }
        }
    }

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("“QUOTED”")]
    [InlineData("Ça ÉTÉ")]
    [InlineData("İSTANBUL")]
    [InlineData("ΑΘΗΝΑ")]
    public void The_lower_case_hash_is_the_hash_of_the_lower_case_string(string text) =>
        Assert.Equal(FeatureHash.Of(text.ToLowerInvariant()), FeatureHash.OfLower(text));
}
