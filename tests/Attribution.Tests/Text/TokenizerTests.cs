using Attribution.Text;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Text;

public class TokenizerTests
{
    // ---- Offsets: [start, end) into the caller's string, which is never altered ----

    [Fact]
    public void Offsets_are_half_open_ranges_into_the_callers_string()
    {
        const string text = "The mayor spoke.";
        var tokens = Tokenize(text);

        Assert.Equal(
            [(0, 3), (4, 9), (10, 15), (15, 16)],
            tokens.Select(t => (t.Start, t.End)));
        Assert.Equal(["The", "mayor", "spoke", "."], tokens.Select(t => t.Of(text).ToString()));
    }

    [Fact]
    public void Offset_argument_shifts_tokens_so_that_they_index_the_whole_string()
    {
        const string text = "Headline\nThe council met.";
        using var list = new PooledList<Token>();

        Tokenizer.Instance.Tokenize(text.AsSpan(9), 9, list);

        var tokens = list.AsSpan().ToArray();
        Assert.Equal(["The", "council", "met", "."], tokens.Select(t => t.Of(text).ToString()));
        Assert.Equal(9, tokens[0].Start);
        Assert.Equal(text.Length, tokens[^1].End);
    }

    [Fact]
    public void Tokenize_appends_to_the_list_it_is_given()
    {
        using var tokens = new PooledList<Token>();
        tokens.Add(new Token(0, 1, TokenKind.Word));

        Tokenizer.Instance.Tokenize("more words", 0, tokens);

        Assert.Equal(3, tokens.Count);
        Assert.Equal(new Token(0, 1, TokenKind.Word), tokens.AsSpan()[0]);
    }

    [Theory]
    [InlineData("He\tsaid\tno", new[] { 0, 3, 8 })]
    [InlineData("He\u0001said\u0002no", new[] { 0, 3, 8 })]
    [InlineData("He\u0000said\u007Fno", new[] { 0, 3, 8 })]
    [InlineData("  He  said \u00A0 no ", new[] { 2, 6, 13 })]
    public void Tabs_control_characters_and_spaces_do_not_shift_offsets(string text, int[] starts)
    {
        var tokens = Tokenize(text);

        Assert.Equal(starts, tokens.Select(t => t.Start));
        Assert.Equal(["He", "said", "no"], tokens.Select(t => t.Of(text).ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n\u0001")]
    public void Blank_or_control_only_text_gives_no_tokens(string text)
    {
        Assert.Empty(Tokenize(text));
    }

    // ---- Abbreviations keep their full stop ----

    [Theory]
    [InlineData("Mr. Smith", new[] { "Mr.", "Smith" })]
    [InlineData("Mrs. Jones", new[] { "Mrs.", "Jones" })]
    [InlineData("Dr. Patel", new[] { "Dr.", "Patel" })]
    [InlineData("St. Albans", new[] { "St.", "Albans" })]
    [InlineData("Sgt. Brown", new[] { "Sgt.", "Brown" })]
    [InlineData("Lt. Gray", new[] { "Lt.", "Gray" })]
    [InlineData("on Jan. 5", new[] { "on", "Jan.", "5" })]
    [InlineData("Fresno, Calif., said", new[] { "Fresno", ",", "Calif.", ",", "said" })]
    [InlineData("the U.S. team", new[] { "the", "U.S.", "team" })]
    [InlineData("at 6 a.m. today", new[] { "at", "6", "a.m.", "today" })]
    [InlineData("John F. Kennedy", new[] { "John", "F.", "Kennedy" })]
    [InlineData("a Ph.D. candidate", new[] { "a", "Ph.D.", "candidate" })]
    [InlineData("her M.Sc. thesis", new[] { "her", "M.Sc.", "thesis" })]
    [InlineData("Ann Lee, Ph.D.", new[] { "Ann", "Lee", ",", "Ph.D." })]
    [InlineData("it was Mr.Smith", new[] { "it", "was", "Mr.", "Smith" })]
    public void Abbreviations_and_initials_keep_their_full_stop(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Theory]
    [InlineData("at No. 10 Downing Street", new[] { "at", "No.", "10", "Downing", "Street" })]
    [InlineData("see Fig. 3 and Vol. 2", new[] { "see", "Fig.", "3", "and", "Vol.", "2" })]
    [InlineData("Nos. 4 and 5", new[] { "Nos.", "4", "and", "5" })]
    [InlineData("“No. We will not pay.”", new[] { "“", "No", ".", "We", "will", "not", "pay", ".", "”" })]
    [InlineData("The answer was No.", new[] { "The", "answer", "was", "No", "." })]
    public void Numbering_abbreviations_keep_their_stop_only_before_a_number(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Theory]
    [InlineData("Mr Smith", new[] { "Mr", "Smith" })]
    [InlineData("Mrs Jones", new[] { "Mrs", "Jones" })]
    [InlineData("Dr Patel", new[] { "Dr", "Patel" })]
    public void Abbreviations_without_a_stop_are_plain_words(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Theory]
    [InlineData("It was over.", new[] { "It", "was", "over", "." })]
    [InlineData("They went to the shop.", new[] { "They", "went", "to", "the", "shop", "." })]
    [InlineData("The cost was 40.", new[] { "The", "cost", "was", "40", "." })]
    public void An_ordinary_final_stop_is_its_own_token(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Fact]
    public void Abbreviation_token_is_a_word_with_its_stop_inside_the_span()
    {
        const string text = "Mr. Smith";
        var tokens = Tokenize(text);

        Assert.Equal(new Token(0, 3, TokenKind.Word), tokens[0]);
        Assert.Equal(new Token(4, 9, TokenKind.Word), tokens[1]);
    }

    // ---- Apostrophes: straight and curly alike ----

    [Theory]
    [InlineData("I don't know", new[] { "I", "don't", "know" })]
    [InlineData("I don’t know", new[] { "I", "don’t", "know" })]
    [InlineData("Ukraine’s army", new[] { "Ukraine’s", "army" })]
    [InlineData("Ukraine's army", new[] { "Ukraine's", "army" })]
    [InlineData("we’ll see", new[] { "we’ll", "see" })]
    [InlineData("O’Brien said", new[] { "O’Brien", "said" })]
    public void Word_internal_apostrophes_stay_inside_the_word(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Fact]
    public void Curly_apostrophe_word_has_real_offsets()
    {
        const string text = "Then Ukraine’s envoy don’t";
        var tokens = Tokenize(text);

        Assert.Equal(new Token(5, 14, TokenKind.Word), tokens[1]);
        Assert.Equal(new Token(21, 26, TokenKind.Word), tokens[3]);
        Assert.Equal("Ukraine’s", tokens[1].Of(text).ToString());
        Assert.Equal("don’t", tokens[3].Of(text).ToString());
    }

    [Theory]
    [InlineData("the players’ union", new[] { "the", "players", "’", "union" })]
    [InlineData("the players' union", new[] { "the", "players", "'", "union" })]
    public void Apostrophe_after_a_plural_is_not_joined_to_the_next_word(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    // ---- Dashes ----

    [Theory]
    [InlineData("said—“no", new[] { "said", "—", "“", "no" })]
    [InlineData("said–no", new[] { "said", "–", "no" })]
    [InlineData("it — the plan — failed", new[] { "it", "—", "the", "plan", "—", "failed" })]
    [InlineData("wait -- no", new[] { "wait", "--", "no" })]
    [InlineData("won 3–1", new[] { "won", "3", "–", "1" })]
    public void Dashes_split_words_and_stand_alone(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    [Fact]
    public void Dash_token_kind_and_offsets()
    {
        const string text = "said—“no";
        var tokens = Tokenize(text);

        Assert.Equal(
            [
                new Token(0, 4, TokenKind.Word),
                new Token(4, 5, TokenKind.Dash),
                new Token(5, 6, TokenKind.QuoteMark),
                new Token(6, 8, TokenKind.Word),
            ],
            tokens);
    }

    // ---- Numbers and hyphenated words ----

    [Theory]
    [InlineData("3.5")]
    [InlineData("1,000")]
    [InlineData("6am")]
    [InlineData("2,500.75")]
    public void Numbers_are_one_token(string text)
    {
        Assert.Equal([new Token(0, text.Length, TokenKind.Number)], Tokenize(text));
    }

    [Theory]
    [InlineData("post-war")]
    [InlineData("mother-in-law")]
    [InlineData("COVID-19")]
    [InlineData("AT&T")]
    public void Joined_words_are_one_token(string text)
    {
        Assert.Equal([new Token(0, text.Length, TokenKind.Word)], Tokenize(text));
    }

    [Theory]
    [InlineData("rose 3.5 percent.", new[] { "rose", "3.5", "percent", "." })]
    [InlineData("about 1,000, they said", new[] { "about", "1,000", ",", "they", "said" })]
    [InlineData("by 6am.", new[] { "by", "6am", "." })]
    [InlineData("a post-war deal", new[] { "a", "post-war", "deal" })]
    [InlineData("in 2024.", new[] { "in", "2024", "." })]
    public void Numbers_and_hyphenated_words_in_context(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    // ---- URLs, e-mail addresses, handles ----

    [Theory]
    [InlineData("See https://example.org/a?b=1 now", "https://example.org/a?b=1")]
    [InlineData("See https://example.org/a?b=1.", "https://example.org/a?b=1")]
    [InlineData("See http://example.org/path, then", "http://example.org/path")]
    [InlineData("See www.example.org.", "www.example.org")]
    [InlineData("(https://example.org/x)", "https://example.org/x")]
    public void Urls_are_one_token_without_trailing_punctuation(string text, string url)
    {
        var tokens = Tokenize(text);

        var token = Assert.Single(tokens, t => t.Kind == TokenKind.Url);
        Assert.Equal(url, token.Of(text).ToString());
    }

    [Fact]
    public void Url_followed_by_a_full_stop_leaves_the_stop_as_punctuation()
    {
        const string text = "Read https://example.org/a?b=1.";

        Assert.Equal(["Read", "https://example.org/a?b=1", "."], TokenTexts(text));
        Assert.Equal(TokenKind.Punctuation, Tokenize(text)[^1].Kind);
    }

    [Theory]
    [InlineData("Write to jane.doe@example.org today", "jane.doe@example.org")]
    [InlineData("Write to jane.doe@example.org.", "jane.doe@example.org")]
    [InlineData("Write to j-doe+news@mail.example.co.uk, then", "j-doe+news@mail.example.co.uk")]
    public void Email_addresses_are_one_token(string text, string email)
    {
        var tokens = Tokenize(text);

        var token = Assert.Single(tokens, t => t.Kind == TokenKind.Email);
        Assert.Equal(email, token.Of(text).ToString());
    }

    [Theory]
    [InlineData("an @ sign", new[] { "an", "@", "sign" })]
    [InlineData("jane@home", new[] { "jane", "@", "home" })]
    [InlineData("jane@home.", new[] { "jane", "@", "home", "." })]
    public void Text_that_only_looks_like_an_address_is_not_one(string text, string[] expected)
    {
        Assert.DoesNotContain(Tokenize(text), t => t.Kind is TokenKind.Email or TokenKind.Handle);
        Assert.Equal(expected, TokenTexts(text));
    }

    [Theory]
    [InlineData("Follow @jane_doe now", "@jane_doe")]
    [InlineData("Tagged #hashtag today", "#hashtag")]
    [InlineData("(@jane_doe)", "@jane_doe")]
    public void Handles_and_hashtags_are_one_token(string text, string handle)
    {
        var tokens = Tokenize(text);

        var token = Assert.Single(tokens, t => t.Kind == TokenKind.Handle);
        Assert.Equal(handle, token.Of(text).ToString());
    }

    // ---- Emoji and other symbols ----

    [Fact]
    public void Surrogate_pair_emoji_is_one_token()
    {
        const string text = "Great 😀 news";
        var tokens = Tokenize(text);

        Assert.Equal(["Great", "😀", "news"], tokens.Select(t => t.Of(text).ToString()));
        Assert.Equal(new Token(6, 8, TokenKind.Symbol), tokens[1]);
    }

    [Fact]
    public void Emoji_glued_to_words_is_split_off_whole()
    {
        const string text = "win😀😀now";

        Assert.Equal(["win", "😀", "😀", "now"], TokenTexts(text));
    }

    [Fact]
    public void Lone_surrogate_does_not_throw_and_is_one_char_token()
    {
        const string text = "a\uD83D b";

        Assert.Equal(["a", "\uD83D", "b"], TokenTexts(text));
    }

    // ---- Quotation marks and punctuation stand alone ----

    [Theory]
    [InlineData("\"Yes,\" he said.", new[] { "\"", "Yes", ",", "\"", "he", "said", "." })]
    [InlineData("“Yes,” he said.", new[] { "“", "Yes", ",", "”", "he", "said", "." })]
    [InlineData("‘No’", new[] { "‘", "No", "’" })]
    [InlineData("«Non»", new[] { "«", "Non", "»" })]
    [InlineData("„Ja“", new[] { "„", "Ja", "“" })]
    [InlineData("\"\"\"", new[] { "\"", "\"", "\"" })]
    [InlineData("done.”", new[] { "done", ".", "”" })]
    public void Quotation_marks_are_single_tokens(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
        Assert.All(
            Tokenize(text).Where(t => CharClass.IsQuoteMark(text[t.Start])),
            t => Assert.Equal((1, TokenKind.QuoteMark), (t.Length, t.Kind)));
    }

    [Theory]
    [InlineData("Wait... no", new[] { "Wait", "...", "no" })]
    [InlineData("Why?!", new[] { "Why", "?", "!" })]
    [InlineData("(maybe)", new[] { "(", "maybe", ")" })]
    [InlineData("He said: no; yes", new[] { "He", "said", ":", "no", ";", "yes" })]
    public void Punctuation_stands_alone(string text, string[] expected)
    {
        Assert.Equal(expected, TokenTexts(text));
    }

    // ---- Robustness ----

    [Theory]
    [InlineData("ab.", 2)]
    [InlineData("a.", 2)]
    [InlineData("b+", 2)]
    [InlineData("aa.bb.", 4)]
    public void Long_runs_that_almost_form_an_address_or_acronym_tokenize_whole(string unit, int tokensPerUnit)
    {
        // Each failed address or acronym scan used to run to the end of the run and was retried from every word in
        // it: quadratic, minutes for this input. Speed is measured by the benchmarks, not timed here; this checks
        // that the bounded scans still split such runs correctly.
        const int repeats = 60_000;
        var text = string.Concat(Enumerable.Repeat(unit, repeats)) + "z";

        var tokens = Tokenize(text);

        Assert.Equal(repeats * tokensPerUnit + 1, tokens.Count);
    }

    [Theory]
    [InlineData("“”“")]
    [InlineData("\"\"=")]
    [InlineData("'")]
    [InlineData("a.")]
    [InlineData("U.S")]
    [InlineData("@")]
    [InlineData("#")]
    [InlineData("x@")]
    [InlineData("x@y.")]
    [InlineData("https://")]
    [InlineData("www.")]
    [InlineData("1,")]
    [InlineData("don'")]
    [InlineData("-")]
    [InlineData("..")]
    [InlineData("\uDE00\uD83D")]
    public void Odd_input_gives_well_formed_tokens(string text)
    {
        WellFormed(text, Tokenize(text));
    }
}
