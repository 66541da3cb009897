using System.Text;
using Attribution.Linguistics;
using Attribution.Text;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// A paragraph far longer than prose has (an article on one line, a wall of quotation marks) is analysed a piece of at
/// most <see cref="Analyzer.MaxPieceWords"/> words at a time, and attribution parses no sentence it will not read: sized
/// by the paragraph and its sentence, the working buffers once took 150 bytes a word, so a single line of a million
/// quotation marks allocated 200 bytes a character.
/// </summary>
public class LongParagraphTests
{
    private const string Sentence = "The council met on Monday and its members argued for hours about the budget. ";

    [Fact]
    public void A_long_paragraph_is_cut_at_sentence_ends_and_reads_as_its_sentences_do_alone()
    {
        const int Count = 200;
        var oneLine = string.Concat(Enumerable.Repeat(Sentence, Count)).TrimEnd();
        var lines = string.Join('\n', Enumerable.Repeat(Sentence.TrimEnd(), Count));
        using var long_ = Analyzer.Run(LanguagePack.English, oneLine, parse: null, CancellationToken.None);
        using var alone = Analyzer.Run(LanguagePack.English, lines, parse: null, CancellationToken.None);

        Assert.True(long_.Words.Count > 2 * Analyzer.MaxPieceWords);
        Assert.Equal(alone.Words.Count, long_.Words.Count);
        Assert.Equal(Count, long_.Sentences.Count);
        Assert.Equal(alone.Tags.AsSpan().ToArray(), long_.Tags.AsSpan().ToArray());
        Assert.Equal(alone.Heads.AsSpan().ToArray(), long_.Heads.AsSpan().ToArray());
        Assert.Equal(alone.Relations.AsSpan().ToArray(), long_.Relations.AsSpan().ToArray());
        Assert.Equal(
            alone.Sentences.AsSpan().ToArray().Select(s => (s.FirstWord, s.EndWord)),
            long_.Sentences.AsSpan().ToArray().Select(s => (s.FirstWord, s.EndWord)));
    }

    [Fact]
    public void A_paragraph_with_no_sentence_mark_is_cut_at_the_limit_and_every_word_is_analysed()
    {
        var text = string.Join(' ', Enumerable.Range(0, 3 * Analyzer.MaxPieceWords).Select(i => i % 2 == 0 ? "word" : "and"));
        using var analysis = Analyzer.Run(LanguagePack.English, text, parse: null, CancellationToken.None);

        var sentences = analysis.Sentences.AsSpan().ToArray();
        Assert.All(sentences, s => Assert.InRange(s.Length, 1, Analyzer.MaxPieceWords));
        Assert.Equal(0, sentences[0].FirstWord);
        Assert.Equal(analysis.Words.Count, sentences[^1].EndWord);
        for (var s = 1; s < sentences.Length; s++)
        {
            Assert.Equal(sentences[s - 1].EndWord, sentences[s].FirstWord);
        }

        Assert.DoesNotContain(LinguisticDocument.Unparsed, analysis.Heads.AsSpan().ToArray());
    }

    [Fact]
    public void Attribution_parses_a_quotation_s_sentence_but_not_one_of_hundreds_of_words()
    {
        var longQuote = "“" + string.Join(' ', Enumerable.Repeat("the plan would work and", 40)) + "” Ann Lee said";
        var text = "“We will rebuild,” Ann Lee said.\n" + longQuote;
        using var tokens = Document.Parse(text, Tokenizer.Instance);
        using var lazy = Analyzer.OnDemand(LanguagePack.English, tokens, CancellationToken.None);

        lazy.EnsureAnalyzed(0);
        lazy.EnsureAnalyzed(1);
        for (var s = 0; s < lazy.Sentences.Count; s++)
        {
            lazy.EnsureParsed(s);
        }

        var heads = lazy.Heads.AsSpan();
        var secondParagraph = lazy.ParagraphFirstWord.AsSpan()[1];
        Assert.DoesNotContain(LinguisticDocument.Unparsed, heads[..secondParagraph].ToArray());
        var longest = lazy.Sentences.AsSpan().ToArray().MaxBy(s => s.Length);
        Assert.True(longest.Length > ParseSelection.MaxWords);
        Assert.All(heads[longest.FirstWord..longest.EndWord].ToArray(), h => Assert.Equal(LinguisticDocument.Unparsed, h));
    }

    [Fact]
    public void Analysing_a_paragraph_of_a_hundred_thousand_words_allocates_no_buffer_by_its_length()
    {
        var wall = new StringBuilder();
        for (var i = 0; i < 100_000; i++)
        {
            // Double marks: a word each (two touching single ones, ‘’, are one word, as the treebanks write them).
            wall.Append(i % 2 == 0 ? '“' : '”');
        }

        // A first long paragraph grows this thread's buffers to their most, as any earlier call may have.
        Analyze(wall.ToString(0, 4 * Analyzer.MaxPieceWords));
        var (words, allocated) = Analyze(wall.ToString());

        Assert.True(words >= 100_000);
        Assert.True(allocated < words, $"{allocated} bytes allocated to analyse {words} words");
    }

    /// <summary>The words of a one-paragraph text, and the bytes its analysis allocated beyond the document's tables.</summary>
    private static (int Words, long Allocated) Analyze(string text)
    {
        using var tokens = Document.Parse(text, Tokenizer.Instance);
        using var lazy = Analyzer.OnDemand(LanguagePack.English, tokens, CancellationToken.None);
        var before = GC.GetAllocatedBytesForCurrentThread();
        lazy.EnsureAnalyzed(0);
        for (var s = 0; s < lazy.Sentences.Count; s++)
        {
            lazy.EnsureParsed(s);
        }

        return (lazy.Words.Count, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
