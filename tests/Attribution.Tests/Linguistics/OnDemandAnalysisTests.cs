using Attribution.Linguistics;
using Attribution.Text;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// Attribution analyses only the paragraphs its word rules leave open, in the order it reaches them. A paragraph so
/// analysed, and its sentences parsed when asked, must read exactly as in a whole-text analysis; the others stay
/// untouched.
/// </summary>
public class OnDemandAnalysisTests
{
    private const string Text =
        "The council met on Monday. Its members argued for hours.\n" +
        "“We will rebuild every home,” Mayor Ada Lind told reporters after the vote.\n" +
        "Residents, led by a pastor, marched to the hall. Nobody stopped them.";

    [Fact]
    public void A_paragraph_analysed_out_of_order_matches_the_whole_text_analysis()
    {
        using var whole = Analyzer.Run(LanguagePack.English, Text, parse: null, CancellationToken.None);
        using var tokens = Document.Parse(Text, Tokenizer.Instance);
        using var lazy = Analyzer.OnDemand(LanguagePack.English, tokens, CancellationToken.None);

        lazy.EnsureAnalyzed(2);
        lazy.EnsureAnalyzed(1);
        lazy.EnsureAnalyzed(1);
        Assert.All(lazy.Heads.AsSpan().ToArray(), h => Assert.Equal(LinguisticDocument.Unparsed, h));
        for (var s = 0; s < lazy.Sentences.Count; s++)
        {
            lazy.EnsureParsed(s);
            lazy.EnsureParsed(s);
        }

        for (var p = 1; p <= 2; p++)
        {
            var first = whole.ParagraphFirstWord.AsSpan()[p];
            var end = whole.ParagraphFirstWord.AsSpan()[p + 1];
            Assert.Equal(whole.Tags.AsSpan()[first..end].ToArray(), lazy.Tags.AsSpan()[first..end].ToArray());
            Assert.Equal(whole.Heads.AsSpan()[first..end].ToArray(), lazy.Heads.AsSpan()[first..end].ToArray());
            Assert.Equal(whole.Relations.AsSpan()[first..end].ToArray(), lazy.Relations.AsSpan()[first..end].ToArray());
            for (var w = first; w < end; w++)
            {
                Assert.Equal(whole.Sentences.AsSpan()[whole.SentenceOfWord(w)], lazy.Sentences.AsSpan()[lazy.SentenceOfWord(w)]);
            }
        }

        // The first paragraph was never asked for.
        Assert.Equal(LinguisticDocument.NotAnalyzed, lazy.ParagraphSentences.AsSpan()[0]);
        Assert.All(lazy.Heads.AsSpan()[..lazy.ParagraphFirstWord.AsSpan()[1]].ToArray(), h => Assert.Equal(LinguisticDocument.Unparsed, h));
        Assert.Empty(lazy.Entities.AsSpan().ToArray());
    }
}
