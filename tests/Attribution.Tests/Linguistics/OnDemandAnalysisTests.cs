using Attribution.Linguistics;
using Attribution.Text;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// Attribution analyses only the paragraphs its word rules leave open, in the order it reaches them. A paragraph so
/// analysed must read exactly as it does in a whole-text analysis, and the others must stay untouched.
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
        using var whole = Analyzer.Run(LanguagePack.English, Text, ParseSelection.NeedsParse, CancellationToken.None);
        using var tokens = Document.Parse(Text, Tokenizer.Instance);
        using var lazy = Analyzer.OnDemand(LanguagePack.English, tokens, ParseSelection.NeedsParse, CancellationToken.None);

        lazy.EnsureAnalyzed(2);
        lazy.EnsureAnalyzed(1);
        lazy.EnsureAnalyzed(1);

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

        // The quotation's sentence is parsed; the first paragraph was never asked for.
        var quoteWord = lazy.ParagraphFirstWord.AsSpan()[1];
        Assert.NotEqual(LinguisticDocument.Unparsed, lazy.Heads.AsSpan()[quoteWord]);
        Assert.Equal(LinguisticDocument.NotAnalyzed, lazy.ParagraphSentences.AsSpan()[0]);
        Assert.All(lazy.Heads.AsSpan()[..lazy.ParagraphFirstWord.AsSpan()[1]].ToArray(), h => Assert.Equal(LinguisticDocument.Unparsed, h));
        Assert.Empty(lazy.Entities.AsSpan().ToArray());
    }
}
