namespace Attribution.Tests.Robustness;

/// <summary>
/// Options are a record any caller fills, whatever the nullable annotations say: <c>ExtraCueVerbs = [null]</c> threw
/// a NullReferenceException from inside the cue lexicon and <c>ExtraTitles = [null]</c> an ArgumentNullException
/// named "key". Each is now a documented ArgumentException that names the option.
/// </summary>
public sealed class OptionsValidationTests
{
    public static TheoryData<string, AttributionOptions> BadOptions => new()
    {
        { "ExtraCueVerbs", new AttributionOptions { ExtraCueVerbs = [null!] } },
        { "ExtraCueVerbs", new AttributionOptions { ExtraCueVerbs = ["deadpanned", null!] } },
        { "ExtraCueVerbs", new AttributionOptions { ExtraCueVerbs = null! } },
        { "ExtraTitles", new AttributionOptions { ExtraTitles = [null!] } },
        { "ExtraTitles", new AttributionOptions { ExtraTitles = null! } },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void A_null_list_or_entry_is_an_argument_exception_naming_the_option(string option, AttributionOptions options)
    {
        var e = Assert.Throws<ArgumentException>(() => new QuoteAttributor(options));

        Assert.Equal("options", e.ParamName);
        Assert.Contains($"AttributionOptions.{option}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_entries_are_ignored()
    {
        var attributor = new QuoteAttributor(new AttributionOptions { ExtraCueVerbs = ["", "  "], ExtraTitles = ["", " "] });

        var quote = Assert.Single(attributor.Attribute("“The bridge is open,” Ruth Okafor said.").Quotes);
        Assert.Equal("Ruth Okafor", quote.Speaker?.Name);
    }
}
