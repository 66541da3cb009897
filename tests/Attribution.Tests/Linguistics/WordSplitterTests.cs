using Attribution.Linguistics;
using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Tests.Linguistics;

public class WordSplitterTests
{
    [Theory]
    [InlineData("I don't know.", "I|do|n't|know|.")]
    [InlineData("She can’t stay.", "She|ca|n’t|stay|.")]
    [InlineData("Ukraine's army", "Ukraine|'s|army")]
    [InlineData("the Minister’s office", "the|Minister|’s|office")]
    [InlineData("We're here, they'll go, I've seen, he'd left, I'm fine", "We|'re|here|,|they|'ll|go|,|I|'ve|seen|,|he|'d|left|,|I|'m|fine")]
    [InlineData("a post-war plan", "a|post|-|war|plan")]
    [InlineData("a well-known, long-term deal", "a|well|-|known|,|long|-|term|deal")]
    [InlineData("call 713-853-3989 or 345-8702", "call|713-853-3989|or|345-8702")]
    [InlineData("from 1969-1970", "from|1969|-|1970")]
    [InlineData("at 10:30 on 11/28/2000", "at|10:30|on|11/28/2000")]
    [InlineData("at 7:30PM and 5pm", "at|7:30|PM|and|5|pm")]
    [InlineData("Great!!! Really?!", "Great|!!!|Really|?!")]
    [InlineData("Thanks :) see you ;-)", "Thanks|:)|see|you|;-)")]
    [InlineData("Note:Do this", "Note|:|Do|this")]
    [InlineData("open enrongss.xls now", "open|enrongss.xls|now")]
    [InlineData("said ''no'' twice", "said|''|no|''|twice")]
    [InlineData("said ‘’no’’ twice", "said|‘’|no|’’|twice")]
    [InlineData("a $12.5m loan and 7kg of flour", "a|$|12.5|m|loan|and|7|kg|of|flour")]
    [InlineData("the 21st and 3rd of the 1990s", "the|21st|and|3rd|of|the|1990s")]
    [InlineData("open 9:00-17:30 daily", "open|9:00|-|17:30|daily")]
    [InlineData("mail Lind@ACME or ada.lind@example.org", "mail|Lind@ACME|or|ada.lind@example.org")]
    [InlineData("call +44 now, 3+4 is 7", "call|+44|now|,|3|+|4|is|7")]
    [InlineData("back in '05 and the '60s", "back|in|'05|and|the|'60s")]
    [InlineData("the 70's and 1987's best", "the|70's|and|1987|'s|best")]
    [InlineData("her mama`s house", "her|mama|`s|house")]
    [InlineData("we were th- they were", "we|were|th-|they|were")]
    [InlineData("PS- call me", "PS|-|call|me")]
    [InlineData("ranked #1 in #news", "ranked|#|1|in|#news")]
    [InlineData("great ^_^ see =) love <3 and x<3", "great|^_^|see|=)|love|<3|and|x|<|3")]
    [InlineData("late b/c of rain, w/o a coat, he/she", "late|b/c|of|rain|,|w/o|a|coat|,|he|/|she")]
    [InlineData("we havent, it ISNT, they want", "we|have|nt|,|it|IS|NT|,|they|want")]
    [InlineData("News ----== Posted", "News|----==|Posted")]
    public void Splits_tokens_into_the_words_the_treebanks_write(string text, string expected)
    {
        Assert.Equal(expected, Joined(text, WordExceptions.Empty));
    }

    [Fact]
    public void Every_word_is_a_substring_at_its_exact_offsets()
    {
        const string text = "  “We don't,” Ukraine's post-war envoy said at 10:30.";
        foreach (var word in Words(text, WordExceptions.Empty))
        {
            Assert.InRange(word.Start, 0, text.Length);
            Assert.InRange(word.End, word.Start + 1, text.Length);
            Assert.False(char.IsWhiteSpace(text[word.Start]));
        }
    }

    [Fact]
    public void Clitics_continue_their_token_and_hyphenated_parts_do_not()
    {
        const string text = "don't post-war";
        var words = Words(text, WordExceptions.Empty);

        Assert.Equal([false, true, false, false, false], words.Select(w => w.ContinuesToken));
    }

    [Fact]
    public void Exceptions_decide_forms_the_rules_would_split_otherwise()
    {
        var exceptions = new WordExceptions(
        [
            new("cannot", WordExceptions.ParsePattern("3,3")),
            new("e-mail", WordExceptions.ParsePattern("6")),
            new("50m", WordExceptions.ParsePattern("2|1")),
        ]);
        const string text = "I cannot e-mail 50m";

        Assert.Equal("I|can|not|e-mail|50|m", Joined(text, exceptions));
        Assert.Equal([false, false, true, false, false, false], Words(text, exceptions).Select(w => w.ContinuesToken));
    }

    [Theory]
    [InlineData("zorb.", "5", "see Zorb. and Quib. now", "see|Zorb.|and|Quib|.|now")]
    [InlineData("zits not", "3,1", "zits not here, zits nothing, zits", "zit|s|not|here|,|zits|nothing|,|zits")]
    [InlineData("non-", "4", "a Non-Lumbrian, non-fizz-free, post-war plan", "a|Non-Lumbrian|,|non-fizz|-|free|,|post|-|war|plan")]
    public void One_exception_decides_its_form_and_leaves_the_rest_to_the_rules(string form, string pattern, string text, string expected)
    {
        // An abbreviation the text stage cut from its full stop is joined; a form before a given word is divided only
        // there; a prefix keeps its first hyphen inside the word, and other hyphens still cut.
        Assert.Equal(expected, Joined(text, new WordExceptions([new(form, WordExceptions.ParsePattern(pattern))])));
    }

    [Fact]
    public void The_compiler_learns_abbreviations_the_treebank_writes_with_their_full_stop()
    {
        // "Zorb." is one word twice; "Quib" and its full stop are two words.
        var sentences = ConlluReader.Read(new StringReader(string.Join("\n",
            Sentence("on", "Zorb.", "at", "noon") + Sentence("on", "Zorb.", "too") + Sentence("the", "Quib", ".") + Sentence("a", "Quib", "."))));

        var entries = Attribution.Training.Tokenization.ExceptionsCompiler.Compile(sentences);

        Assert.Contains(entries, e => e.Key == "zorb." && e.Value.SequenceEqual(new byte[] { 5 }));
        Assert.DoesNotContain(entries, e => e.Key == "quib.");
    }

    [Fact]
    public void The_compiler_learns_a_pronoun_typed_without_its_apostrophe_and_not_a_plural()
    {
        // "zat" + "s" is a pronoun and a verb, twice; "dog" + "s" a noun's typed-out possessive, twice; "zits" is
        // one word in most of its occurrences and splits before "not" twice, before "the" and "big" once.
        var sentences = ConlluReader.Read(new StringReader(string.Join("\n",
            Words(("zat", "PRON"), ("s", "AUX"), ("fine", "ADJ")) + Words(("zat", "PRON"), ("s", "AUX"), ("it", "PRON")) +
            Words(("dog", "NOUN"), ("s", "PART"), ("bone", "NOUN")) + Words(("dog", "NOUN"), ("s", "PART"), ("toy", "NOUN")) +
            Words(("zit", "PRON"), ("s", "AUX"), ("not", "PART")) + Words(("zit", "PRON"), ("s", "AUX"), ("not", "PART")) +
            Words(("zit", "PRON"), ("s", "AUX"), ("the", "DET")) + Words(("zit", "PRON"), ("s", "AUX"), ("big", "ADJ")) +
            Sentence("zits", "own") + Sentence("zits", "way") + Sentence("zits", "end") + Sentence("zits", "home"))));

        var entries = Attribution.Training.Tokenization.ExceptionsCompiler.Compile(sentences);

        Assert.Contains(entries, e => e.Key == "zats");
        Assert.DoesNotContain(entries, e => e.Key == "dogs");
        Assert.Contains(entries, e => e.Key == "zits not");
        Assert.DoesNotContain(entries, e => e.Key == "zits");

        // Seen once: before a function word, which no possessive precedes, it enters; before an adjective it does not.
        Assert.Contains(entries, e => e.Key == "zits the");
        Assert.DoesNotContain(entries, e => e.Key == "zits big");
    }

    /// <summary>A sentence whose first two words are one surface token.</summary>
    private static string Words(params (string Form, string Upos)[] words)
    {
        var text = new System.Text.StringBuilder("# text = _\n");
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $"1-2\t{words[0].Form}{words[1].Form}\t_\t_\t_\t_\t_\t_\t_\t_\n");
        for (var i = 0; i < words.Length; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}\t{words[i].Form}\t{words[i].Form}\t{words[i].Upos}\tX\t_\t0\tdep\t_\t_\n");
        }

        return text.Append('\n').ToString();
    }

    [Fact]
    public void The_compiler_learns_a_prefix_from_several_forms_and_not_from_one_name()
    {
        // "zub-" is kept inside the word in three different tokens; "Chi-Wai", one name repeated, stays a form.
        var sentences = ConlluReader.Read(new StringReader(string.Join("\n",
            Sentence("zub-lane", "zub-fold", "zub-mark", "Chi-Wai", "Chi-Wai", "Chi-Wai") + Sentence("well", "-", "known"))));

        var entries = Attribution.Training.Tokenization.ExceptionsCompiler.Compile(sentences);
        var exceptions = new WordExceptions(entries);

        Assert.Contains(entries, e => e.Key == "zub-");
        Assert.DoesNotContain(entries, e => e.Key == "chi-");
        Assert.Contains(entries, e => e.Key == "chi-wai");
        Assert.DoesNotContain(entries, e => e.Key.StartsWith("zub-", StringComparison.Ordinal) && e.Key.Length > 4);
        const string text = "a zub-tree and a well-made dam";
        Assert.Equal("a|zub-tree|and|a|well|-|made|dam", Joined(text, exceptions));
    }

    private static string Sentence(params string[] forms)
    {
        var text = new System.Text.StringBuilder("# text = _\n");
        for (var i = 0; i < forms.Length; i++)
        {
            var joined = i + 1 < forms.Length && (forms[i] == "-" || forms[i + 1] is "-" or ".");
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1}\t{forms[i]}\t{forms[i]}\tX\tX\t_\t0\tdep\t_\t{(joined ? "SpaceAfter=No" : "_")}\n");
        }

        return text.Append('\n').ToString();
    }

    [Fact]
    public void Exception_lookups_ignore_case_and_the_curly_apostrophe()
    {
        var exceptions = new WordExceptions([new("ain't", WordExceptions.ParsePattern("2,3"))]);

        Assert.NotNull(exceptions.Find("AIN’T"));
        Assert.Null(exceptions.Find("aint"));
    }

    [Fact]
    public void Pattern_text_round_trips()
    {
        foreach (var pattern in new[] { "3,3", "6", "2|1", "1,2|1" })
        {
            Assert.Equal(pattern, WordExceptions.FormatPattern(WordExceptions.ParsePattern(pattern)));
        }
    }

    [Fact]
    public void The_shipped_exceptions_split_cannot_and_gonna()
    {
        var exceptions = LanguagePack.English.Exceptions;
        const string text = "We cannot, we're gonna";

        Assert.Equal("We|can|not|,|we|'re|gon|na", Joined(text, exceptions));
    }

    /// <summary>The words of <paramref name="text"/>, <c>|</c> between them.</summary>
    private static string Joined(string text, WordExceptions exceptions) => string.Join('|', Words(text, exceptions).Select(w => text[w.Start..w.End]));

    private static Word[] Words(string text, WordExceptions exceptions)
    {
        using var document = Document.Parse(text, Tokenizer.Instance);
        using var words = new PooledList<Word>();
        WordSplitter.Split(text, document.Tokens, exceptions, words);
        return words.AsSpan().ToArray();
    }
}
