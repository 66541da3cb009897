using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

public class GoldArticleTests
{
    [Fact]
    public void Parse_reads_text_kind_speaker_and_aliases()
    {
        const string json = """
            {
              "people": [ {"name": "David Lammy", "mentions": ["Mr Lammy"]} ],
              "quotes": [
                {"text": "We will win.", "kind": "direct", "speaker": "David Lammy", "aliases": ["Lammy"], "cue": "said"},
                {"text": "talks had resumed", "kind": "indirect", "speaker": null, "note": "no one is named"},
                {"text": "a fantasy", "kind": "partial", "speaker": "Tom Reed"}
              ]
            }
            """;

        var gold = GoldArticle.Parse("bridge", json);

        Assert.Equal("bridge", gold.Name);
        Assert.Equal(3, gold.Quotes.Count);
        Assert.Equal(("We will win.", "direct", "David Lammy"), (gold.Quotes[0].Text, gold.Quotes[0].Kind, gold.Quotes[0].Speaker));
        Assert.Equal(["Lammy"], gold.Quotes[0].Aliases);
        Assert.Null(gold.Quotes[1].Speaker);
        Assert.True(gold.Quotes[1].IsIndirect);
        Assert.False(gold.Quotes[0].IsIndirect);
        Assert.Empty(gold.Quotes[2].Aliases);
    }

    [Theory]
    [InlineData("doubtful: may be the writer's words", true)]
    [InlineData("Borderline scare quote", true)]
    [InlineData("no one is named", false)]
    public void A_note_saying_doubtful_or_borderline_makes_the_entry_optional(string note, bool optional)
    {
        var json = $$"""{"quotes": [ {"text": "a fantasy", "kind": "partial", "speaker": "Tom Reed", "note": "{{note}}"} ]}""";

        Assert.Equal(optional, GoldArticle.Parse("a", json).Quotes[0].IsOptional);
    }

    [Fact]
    public void Parse_of_an_article_with_no_quotations_is_empty()
    {
        Assert.Empty(GoldArticle.Parse("empty", """{"people": [], "quotes": []}""").Quotes);
    }

    [Fact]
    public void Parse_without_quotes_throws_KeyNotFoundException()
    {
        // EvalCommand turns this into a one-line error.
        Assert.Throws<KeyNotFoundException>(() => GoldArticle.Parse("bad", """{"people": []}"""));
    }
}
