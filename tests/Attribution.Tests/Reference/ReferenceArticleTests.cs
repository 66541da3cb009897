namespace Attribution.Tests.Reference;

/// <summary>
/// The reference article must give exactly its eight quotations and one reported statement, each with its speaker
/// and cue (the list in the foundation issue, checked by hand against paris-talks.gold.json).
/// </summary>
public sealed class ReferenceArticleTests
{
    private static readonly string Text = CorpusFiles.Read("paris-talks.txt");
    private static readonly AttributionResult Result = new QuoteAttributor().Attribute(Text);

    public static TheoryData<string, QuoteKind, string, string> Expected => new()
    {
        { "immediate, full and unconditional ceasefire", QuoteKind.Partial, "David Lammy", "called on" },
        { "In a volatile world, unity is our strength.", QuoteKind.Direct, "David Lammy", "said" },
        { "We must see a just and lasting peace", QuoteKind.Direct, "David Lammy", "said" },
        { "advance President Trump’s goal", QuoteKind.Partial, "spokesperson for the US State Department", "said" },
        { "It is important that we hear each other,", QuoteKind.Direct, "Volodymyr Zelensky", "said" },
        { "Pressure must be applied to the killers,", QuoteKind.Direct, "Volodymyr Zelensky", "stated" },
        { "This document is the result", QuoteKind.Direct, "Yulia Svyrydenko", "said" },
        { "It is very important that the document notes", QuoteKind.Direct, "Yulia Svyrydenko", "said" },
        { "a memorandum of intent had been signed with the US,", QuoteKind.Indirect, "Yulia Svyrydenko", "said" },
    };

    [Fact]
    public void Finds_exactly_the_eight_quotations_and_the_reported_statement()
    {
        Assert.Equal(9, Result.Quotes.Count);
        Assert.Equal(8, Result.Quotes.Count(q => q.Kind != QuoteKind.Indirect));
        Assert.Single(Result.Quotes, q => q.Kind == QuoteKind.Indirect);
    }

    [Theory]
    [MemberData(nameof(Expected))]
    public void Each_quotation_has_its_speaker_kind_and_cue(string opening, QuoteKind kind, string speaker, string cue)
    {
        var quote = Assert.Single(Result.Quotes, q => q.Text.StartsWith(opening, StringComparison.Ordinal));
        Assert.Equal(kind, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(cue, quote.Cue?.Text);
        Assert.True(quote.Confidence >= 0.5, $"confidence {quote.Confidence} for “{opening}”");
    }

    [Fact]
    public void The_quotation_reopened_in_the_next_paragraph_stops_at_its_closing_mark()
    {
        var second = Assert.Single(Result.Quotes, q => q.Text.StartsWith("We must see", StringComparison.Ordinal));
        Assert.EndsWith("as Ukraine has done.", second.Text, StringComparison.Ordinal);
        var first = Assert.Single(Result.Quotes, q => q.Text.StartsWith("In a volatile world", StringComparison.Ordinal));
        Assert.EndsWith("commitment to global security.", first.Text, StringComparison.Ordinal);
        Assert.Equal(AttributionRule.ContinuedParagraph, second.Rule);
    }

    [Fact]
    public void Quotation_texts_are_exactly_the_gold_texts()
    {
        var gold = System.Text.Json.JsonDocument.Parse(CorpusFiles.Read("paris-talks.gold.json"));
        var expected = gold.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("text").GetString()).ToList();
        Assert.Equal(expected.Order(StringComparer.Ordinal), Result.Quotes.Select(q => q.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks()
    {
        Assert.DoesNotContain(Result.Quotes, q => q.Text.StartsWith("s meetings", StringComparison.Ordinal));
        Assert.DoesNotContain(Result.Quotes, q => q.Text.StartsWith("s goal", StringComparison.Ordinal));
        Assert.Contains(Result.Quotes, q => q.Text.Contains("Today’s meetings", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_are_canonical_and_titles_stay_on_the_person()
    {
        var lammy = Assert.Single(Result.People, p => p.Name == "David Lammy");
        Assert.Contains("Foreign Secretary", lammy.Titles);
        Assert.Contains(lammy.Mentions, m => m.Text == "Mr Lammy");
        var svyrydenko = Assert.Single(Result.People, p => p.Name == "Yulia Svyrydenko");
        Assert.Contains(svyrydenko.Mentions, m => m.Text == "she");
        Assert.DoesNotContain(Result.People, p => p.Name.StartsWith("Mr ", StringComparison.Ordinal));
    }

    [Fact]
    public void Spans_index_the_text()
    {
        Invariants.Check(Text, Result);
    }

    [Fact]
    public void Results_are_identical_run_to_run()
    {
        var again = new QuoteAttributor().Attribute(Text);
        Assert.Equal(Result.Quotes, again.Quotes);
        Assert.Equal(Result.People.Select(p => p.Name), again.People.Select(p => p.Name));
    }
}
