using Attribution.Linguistics;
using Attribution.Linguistics.Words;

namespace Attribution.Tests.Linguistics;

public class WordExceptionsTests
{
    // The shipped table, read back as plain pairs: the reference the filtered lookups must agree with.
    private static readonly KeyValuePair<string, byte[]>[] Shipped = ShippedEntries();

    [Fact]
    public void Every_key_is_found_in_any_case_and_with_either_apostrophe()
    {
        foreach (var (key, lengths) in Shipped)
        {
            foreach (var form in new[] { key, key.ToUpperInvariant(), key.Replace('\'', '’') })
            {
                var space = form.IndexOf(' ', StringComparison.Ordinal);
                var found = space < 0 ? LanguagePack.English.Exceptions.Find(form) : LanguagePack.English.Exceptions.FindBefore(form.AsSpan(0, space), form.AsSpan(space + 1));
                Assert.Equal(lengths, found);
            }
        }
    }

    [Theory]
    [InlineData("said")]
    [InlineData("its")]
    [InlineData("Its")]
    [InlineData("non")]
    [InlineData("nonprofit")]
    [InlineData("e")]
    [InlineData("")]
    [InlineData("Çà")]
    [InlineData("ſ.")]
    public void A_form_is_found_exactly_when_the_table_holds_it(string form)
    {
        var expected = Shipped.FirstOrDefault(e => string.Equals(e.Key, form.Replace('’', '\''), StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Equal(expected, LanguagePack.English.Exceptions.Find(form));
        Assert.Null(LanguagePack.English.Exceptions.FindBefore(form, "xyzzy"));
    }

    [Fact]
    public void A_table_with_a_key_outside_ascii_still_finds_it_in_any_case()
    {
        var exceptions = new WordExceptions([new("Éclair-x", WordExceptions.ParsePattern("8")), new("a.b", WordExceptions.ParsePattern("3"))]);
        Assert.NotNull(exceptions.Find("éCLAIR-X"));
        Assert.NotNull(exceptions.Find("A.B"));
        Assert.Null(exceptions.Find("said"));
    }

    private static KeyValuePair<string, byte[]>[] ShippedEntries()
    {
        using var reader = new StreamReader(typeof(LanguagePack).Assembly.GetManifestResourceStream("Attribution.Models.en.word-exceptions.tsv")!);
        var entries = new List<KeyValuePair<string, byte[]>>();
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                entries.Add(new(line[..tab], WordExceptions.ParsePattern(line[(tab + 1)..])));
            }
        }

        return [.. entries];
    }
}
