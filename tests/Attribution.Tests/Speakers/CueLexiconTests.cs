using Attribution.Speakers;
using Attribution.Text;
using static Attribution.Tests.Speakers.Contexts;

namespace Attribution.Tests.Speakers;

public class CueLexiconTests
{
    private static (Document Document, int Token) At(string text, string word)
    {
        var document = Document.Parse(text, Tokenizer.Instance);
        return (document, TokenOf(document, word));
    }

    private static int Match(CueLexicon lexicon, string text, string word, out CueTraits traits)
    {
        var (document, token) = At(text, word);
        return lexicon.Match(document, token, document.Tokens.Length, out traits) - token;
    }

    // ---- One-word cues and what may follow them ----

    [Theory]
    [InlineData("Ms Berg said it was over.", "said")]
    [InlineData("Ms Berg says it is over.", "says")]
    [InlineData("Ms Berg added it was over.", "added")]
    [InlineData("Ms Berg warned it was over.", "warned")]
    [InlineData("Ms Berg insisted it was over.", "insisted")]
    public void Say_verbs_take_a_bare_or_that_clause(string text, string word)
    {
        Assert.Equal(1, Match(CueLexicon.Default, text, word, out var traits));
        Assert.Equal(CueTraits.BareClause | CueTraits.ThatClause, traits);
    }

    [Theory]
    [InlineData("Mr Hale told reporters it was over.", "told")]
    [InlineData("Mr Hale informed staff it was over.", "informed")]
    [InlineData("Mr Hale assured residents it was over.", "assured")]
    public void Tell_verbs_take_a_hearer_before_the_clause(string text, string word)
    {
        Assert.Equal(1, Match(CueLexicon.Default, text, word, out var traits));
        Assert.Equal(CueTraits.Hearer | CueTraits.BareClause | CueTraits.ThatClause, traits);
    }

    [Theory]
    [InlineData("Mr Hale announced that it was over.", "announced")]
    [InlineData("Mr Hale confirmed that it was over.", "confirmed")]
    [InlineData("Mr Hale admitted that it was over.", "admitted")]
    [InlineData("Mr Hale denied that it was over.", "denied")]
    public void Announce_verbs_take_a_that_clause_or_a_bare_one(string text, string word)
    {
        // Whether a bare clause follows ("announced progress" is not one) is the clause reader's call.
        Assert.Equal(1, Match(CueLexicon.Default, text, word, out var traits));
        Assert.Equal(CueTraits.BareClause | CueTraits.ThatClause, traits);
    }

    [Theory]
    [InlineData("“Why?” Mr Hale asked.", "asked")]
    [InlineData("Mr Hale urged calm.", "urged")]
    [InlineData("“Go,” Mr Hale shouted.", "shouted")]
    public void Quote_only_verbs_cue_without_clause_traits(string text, string word)
    {
        Assert.Equal(1, Match(CueLexicon.Default, text, word, out var traits));
        Assert.Equal(CueTraits.None, traits);
    }

    [Theory]
    [InlineData("Mr Hale thinks it is over.", "thinks")]
    [InlineData("Mr Hale believes it is over.", "believes")]
    [InlineData("Mr Hale visited the port.", "visited")]
    [InlineData("Mr Hale hopes it is over.", "hopes")]
    public void Verbs_of_thought_and_action_are_not_cues(string text, string word)
    {
        Assert.True(Match(CueLexicon.Default, text, word, out _) < 0);
    }

    [Theory]
    [InlineData("Said the mayor, nothing more.", "Said")]
    [InlineData("The Says Who campaign began.", "Says")]
    public void Capitalised_words_are_never_cues(string text, string word)
    {
        Assert.True(Match(CueLexicon.Default, text, word, out _) < 0);
    }

    [Fact]
    public void Punctuation_is_never_a_cue()
    {
        Assert.True(Match(CueLexicon.Default, "Ms Berg said: no.", ":", out _) < 0);
    }

    // ---- Two-word cues ----

    [Theory]
    [InlineData("Ms Berg called for a review.", "called")]
    [InlineData("Ms Berg called on the council to act.", "called")]
    [InlineData("Ms Berg pointed out the cost.", "pointed")]
    [InlineData("Ms Berg talked about the cost.", "talked")]
    [InlineData("The plan, according to Ms Berg, works.", "according")]
    public void Two_word_cues_span_both_words(string text, string word)
    {
        Assert.Equal(2, Match(CueLexicon.Default, text, word, out _));
    }

    [Theory]
    [InlineData("The ferry went to the island.", "went")]
    [InlineData("The rain pointed to a wet summer.", "pointed")]
    public void First_word_of_a_two_word_cue_alone_is_not_a_cue(string text, string word)
    {
        Assert.True(Match(CueLexicon.Default, text, word, out _) < 0);
    }

    [Fact]
    public void Two_word_cue_cut_off_by_the_limit_does_not_match()
    {
        var (document, token) = At("Ms Berg pointed out the risk.", "pointed");

        Assert.Equal(-1, CueLexicon.Default.Match(document, token, token + 1, out _));
    }

    [Fact]
    public void Called_cues_with_or_without_its_particle()
    {
        // "called the plan “reckless”" labels speech as much as "called for a review" does.
        Assert.Equal(1, Match(CueLexicon.Default, "Ms Berg called the plan reckless.", "called", out _));
        Assert.Equal(2, Match(CueLexicon.Default, "Ms Berg called for a review.", "called", out _));
    }

    [Fact]
    public void Described_it_keeps_only_the_verb_as_the_cue()
    {
        Assert.Equal(1, Match(CueLexicon.Default, "Ms Berg described it as a good day.", "described", out _));
    }

    // ---- Matching backwards from a cue's last word ----

    [Theory]
    [InlineData("Ms Berg said", "said", "said")]
    [InlineData("Ms Berg called for", "for", "called")]
    [InlineData("Ms Berg pointed out", "out", "pointed")]
    public void MatchEndingAt_finds_the_start_of_a_cue(string text, string last, string first)
    {
        var document = Document.Parse(text, Tokenizer.Instance);
        var lastToken = TokenOf(document, last);

        var start = CueLexicon.Default.MatchEndingAt(document, lastToken, 0, document.Tokens.Length, out _);

        Assert.Equal(TokenOf(document, first), start);
    }

    [Fact]
    public void MatchEndingAt_is_minus_one_when_no_cue_ends_there()
    {
        var document = Document.Parse("Ms Berg arrived", Tokenizer.Instance);

        Assert.Equal(-1, CueLexicon.Default.MatchEndingAt(document, TokenOf(document, "arrived"), 0, document.Tokens.Length, out _));
    }

    // ---- Extra cue verbs ----

    [Fact]
    public void Extra_cue_verbs_take_a_that_clause()
    {
        var lexicon = new CueLexicon(["chirped"]);

        Assert.Equal(1, Match(lexicon, "Ms Berg chirped that it was over.", "chirped", out var traits));
        Assert.Equal(CueTraits.ThatClause, traits);
        Assert.True(Match(CueLexicon.Default, "Ms Berg chirped that it was over.", "chirped", out _) < 0);
    }

    [Fact]
    public void Extra_multi_word_cue_needs_its_second_word()
    {
        var lexicon = new CueLexicon(["hit back"]);

        Assert.Equal(2, Match(lexicon, "Ms Berg hit back at critics.", "hit", out _));
        Assert.True(Match(lexicon, "Ms Berg hit the ball.", "hit", out _) < 0);
    }

    [Fact]
    public void Extra_cue_verbs_attribute_quotations_through_the_options()
    {
        const string text = "“It will run,” Ms Berg chirped.";
        var attributor = new QuoteAttributor(new AttributionOptions { ExtraCueVerbs = ["chirped"] });

        var quote = Assert.Single(attributor.Attribute(text).Quotes);

        Attributed.Expect(quote, "It will run,", QuoteKind.Direct, "Berg", "chirped", AttributionRule.SpeakerAfterQuote);
        Assert.Null(Attributed.Single(text).Speaker);
    }
}
