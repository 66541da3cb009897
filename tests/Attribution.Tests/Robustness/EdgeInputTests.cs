namespace Attribution.Tests.Robustness;

/// <summary>
/// Whatever text an app scraped, Attribute returns a result whose spans index the text; it never throws (but for
/// null), and run-on text with many cues stays linear (a quadratic step here would take minutes, not milliseconds).
/// </summary>
public sealed class EdgeInputTests
{
    private static readonly QuoteAttributor Attributor = new();

    public static TheoryData<string, string> Inputs => new()
    {
        { "empty", "" },
        { "whitespace", "   \n\t \r\n " },
        { "straight marks only", "\"\"\"\"\"" },
        { "curly marks only", "“”“" },
        { "one apostrophe", "'" },
        { "unbalanced and crossed", "“A ‘b” c’ d” «e ‹f» g›" },
        { "marks at both ends", "“Start of text, and the end”" },
        { "control characters and NUL", "He said \0 “hi\u0001 there,” she\u0007 said.\tDone." },
        { "lone surrogates", "“\uD800 lone\uDC00,” Ms Lee said. \uDC00" },
        { "emoji", "“We won 😀,” said Ms Lee. 👍🏽 “Again 🎉.”" },
        { "right to left", "قال أحمد: «مرحبا بكم في المدينة»" },
        { "line ends", "Ms Lee said:\r“Hello there.”\r\nMr Hale said, “Bye.”\n" },
        { "CoreNLP crash shapes", "John Doe:\"foo\" and \"\"= and \"\"\"" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Odd_input_gives_a_result_whose_spans_index_the_text(string name, string text)
    {
        var result = Attributor.Attribute(text);

        Assert.NotNull(result);
        Invariants.Check(text, result);
        Assert.False(string.IsNullOrEmpty(name));
    }

    [Fact]
    public void Null_is_the_one_input_that_throws()
    {
        Assert.Throws<ArgumentNullException>(() => Attributor.Attribute(null!));
    }

    [Fact]
    public void Ten_thousand_nested_quotations_are_handled()
    {
        var text = string.Concat(Enumerable.Repeat("“‘", 5000)) + "x" + string.Concat(Enumerable.Repeat("’”", 5000));

        Invariants.Check(text, Attributor.Attribute(text));
    }

    [Fact]
    public void A_million_straight_marks_on_one_line_are_handled()
    {
        var text = new string('"', 1_000_000);

        Invariants.Check(text, Attributor.Attribute(text));
    }

    [Fact]
    public void A_run_on_sentence_full_of_cues_is_attributed_clause_by_clause()
    {
        // One sentence, 2 MB, a cue every few words: each clause is read within a bounded window.
        var text = string.Concat(Enumerable.Repeat("the official said that the plan would work and ", 40_000));

        var result = Attributor.Attribute(text);

        Invariants.Check(text, result);
    }

    [Fact]
    public void A_ten_megabyte_paragraph_with_no_full_stop_is_attributed()
    {
        var text = string.Concat(Enumerable.Repeat("the mayor said the plan would work and ", 260_000));

        Assert.True(text.Length > 10_000_000);
        Invariants.Check(text, Attributor.Attribute(text));
    }

    [Fact]
    public void Text_longer_than_the_option_allows_is_refused_with_a_clear_message()
    {
        var small = new QuoteAttributor(new AttributionOptions { MaxInputLength = 10 });

        var error = Assert.Throws<ArgumentException>(() => small.Attribute("This text is longer than ten characters."));
        Assert.Contains("MaxInputLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_token_stops_the_work()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Attributor.Attribute("Ms Lee said: “Hello.”", cancelled.Token));
    }
}
