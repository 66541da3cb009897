using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Words;
using Attribution.Training.Entities;

namespace Attribution.Tests.Linguistics;

/// <summary>The capitalisation bands counted from made-up sentences, and their round trip through a model file.</summary>
public class CaseLexiconTests
{
    private static readonly IReadOnlyList<string>[] Sentences =
    [
        ["I", "met", "Zuli", "and", "a", "lark", "."],
        ["We", "saw", "Zuli", "near", "the", "lark", "."],
        ["Lark", "songs", "woke", "Zuli", "."],
        ["He", "said", "\"", "Lark", "!", "\"", "and", "a", "lark", "sang", "."],
        ["Both", "Mora", "and", "mora", "appear", "here", ",", "Mora", "twice", ":", "Mora", "and", "Mora", "."],
        ["A", "quorl", "is", "rare", "."],
    ];

    [Fact]
    public void Capitals_count_only_where_they_are_not_forced()
    {
        var lexicon = CaseCounts.Learn(Sentences, minCount: 2);

        Assert.Equal(5, Band(lexicon, "zuli"));
        Assert.Equal(1, Band(lexicon, "LARK"));
        Assert.Equal(4, Band(lexicon, "Mora"));
    }

    [Fact]
    public void A_word_seen_too_rarely_or_only_where_capitals_are_forced_has_no_band()
    {
        var lexicon = CaseCounts.Learn(Sentences, minCount: 2);

        Assert.Equal(0, Band(lexicon, "quorl"));
        Assert.Equal(0, Band(lexicon, "both"));
    }

    [Fact]
    public void The_lexicon_survives_a_round_trip()
    {
        var lexicon = CaseCounts.Learn(Sentences, minCount: 1);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            lexicon.Write(writer);
        }

        stream.Position = 0;
        var reread = CaseLexicon.Read(new BinaryReader(stream));

        Assert.Equal(lexicon.Count, reread.Count);
        Assert.All(new[] { "zuli", "lark", "mora", "quorl", "and" }, word => Assert.Equal(Band(lexicon, word), Band(reread, word)));
    }

    [Fact]
    public void A_document_tells_a_sentence_initial_word_by_its_other_uses_and_not_by_itself()
    {
        const string text = "Zuli said yes. Later Zuli left, and Zuli came. Lark songs played; a lark sang.";
        var words = Words(text);
        var cases = new DocumentCases();
        cases.Add(text, words);

        Assert.Equal(5, cases.BandOf(text, words, 0, FeatureHash.OfLower("Zuli")));
        Assert.Equal(1, cases.BandOf(text, words, Index(text, words, "Lark"), FeatureHash.OfLower("Lark")));

        // The only free use of "came" is the word itself: nothing else in the document speaks for it.
        Assert.Equal(0, cases.BandOf(text, words, Index(text, words, "came"), FeatureHash.OfLower("came")));
    }

    private static Word[] Words(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\w+|[^\w\s]").Select(m => new Word(m.Index, m.Index + m.Length, -1))];

    private static int Index(string text, Word[] words, string form) => Array.FindIndex(words, w => w.Of(text).SequenceEqual(form));

    private static int Band(CaseLexicon lexicon, string word) => lexicon.Of(FeatureHash.OfLower(word));
}
