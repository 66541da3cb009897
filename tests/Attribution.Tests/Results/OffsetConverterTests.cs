using System.Text;
using CsCheck;
using Attribution.Tests.Robustness;

namespace Attribution.Tests.Results;

/// <summary>Offsets in code points and UTF-8 bytes slice the same text out of the same article, in Python's and Rust's terms.</summary>
public sealed class OffsetConverterTests
{
    private static readonly QuoteAttributor Attributor = new();

    // Emoji (surrogate pairs in UTF-16) before and inside quotations move every later offset in code points, and
    // accents and curly quotes move them in UTF-8 bytes.
    private const string Article =
        "🎉 Café owner Ann Lee 👩‍🍳 said: “We’re open again 😀, finally.”\n" +
        "“Prices stay the same,” Ms Lee told the Gazette.\n" +
        "Bo Tarn said the street had been closed for weeks.\n";

    [Fact]
    public void Code_point_offsets_slice_the_quotations_as_python_does()
    {
        var result = Attributor.Attribute(Article);
        Assert.NotEmpty(result.Quotes);

        var converted = new OffsetConverter(Article, OffsetUnit.CodePoints).Convert(result);

        // A Python str is a sequence of code points.
        var codePoints = Article.EnumerateRunes().Select(r => r.ToString()).ToArray();
        string Slice(int start, int end) => string.Concat(codePoints[start..end]);
        AssertEverySpan(converted, Slice);
        Assert.NotEqual(result.Quotes[0].Start, converted.Quotes[0].Start);
    }

    [Fact]
    public void Utf8_offsets_slice_the_quotations_out_of_the_encoded_bytes()
    {
        var result = Attributor.Attribute(Article);
        var bytes = Encoding.UTF8.GetBytes(Article);

        var converted = new OffsetConverter(Article, OffsetUnit.Utf8).Convert(result);

        AssertEverySpan(converted, (start, end) => Encoding.UTF8.GetString(bytes[start..end]));
    }

    [Fact]
    public void Any_offset_converts_to_the_count_of_what_comes_before_it()
    {
        // Lone surrogate halves too, which a caller's text may hold: one code point, three bytes (U+FFFD).
        Gen.Select(TextGen.Text, Gen.Int[0, 1000]).Sample((text, pick) =>
        {
            var offset = text.Length == 0 ? 0 : pick % (text.Length + 1);
            if (offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]))
            {
                offset--;
            }

            var prefix = text[..offset];
            Assert.Equal(prefix.EnumerateRunes().Count(), new OffsetConverter(text, OffsetUnit.CodePoints).Convert(offset));
            Assert.Equal(Encoding.UTF8.GetByteCount(prefix), new OffsetConverter(text, OffsetUnit.Utf8).Convert(offset));
            Assert.Equal(offset, new OffsetConverter(text, OffsetUnit.Utf16).Convert(offset));
        }, iter: 2000);
    }

    [Fact]
    public void A_pair_that_straddles_a_block_boundary_is_counted_once()
    {
        // The converter counts in blocks of 256 code units; an emoji at 255–256 lies across the first boundary.
        var text = new string('a', 255) + "😀" + new string('b', 300);

        var points = new OffsetConverter(text, OffsetUnit.CodePoints);
        var bytes = new OffsetConverter(text, OffsetUnit.Utf8);

        Assert.Equal(255, points.Convert(255));
        Assert.Equal(256, points.Convert(257));
        Assert.Equal(text.Length - 1, points.Convert(text.Length));
        Assert.Equal(259, bytes.Convert(257));
        Assert.Equal(text.Length + 2, bytes.Convert(text.Length));

        // Between the halves counts the pair: the offset after it.
        Assert.Equal(256, points.Convert(256));
        Assert.Equal(259, bytes.Convert(256));
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16)]
    [InlineData(OffsetUnit.CodePoints)]
    [InlineData(OffsetUnit.Utf8)]
    public void Ascii_offsets_are_unchanged_and_the_same_result_comes_back(OffsetUnit unit)
    {
        const string text = "\"We are on schedule,\" Ms Doe said.";
        var result = Attributor.Attribute(text);

        var converted = new OffsetConverter(text, unit).Convert(result);

        Assert.Same(result, converted);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16)]
    [InlineData(OffsetUnit.CodePoints)]
    [InlineData(OffsetUnit.Utf8)]
    public void A_result_of_another_text_is_refused(OffsetUnit unit)
    {
        var result = Attributor.Attribute(Article);

        Assert.Throws<ArgumentOutOfRangeException>(() => new OffsetConverter("“Short,” she said.", unit).Convert(result));
    }

    [Fact]
    public void Bad_arguments_are_refused_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => new OffsetConverter(null!, OffsetUnit.Utf8));
        Assert.Throws<ArgumentOutOfRangeException>(() => new OffsetConverter("x", (OffsetUnit)7));
        var converter = new OffsetConverter("é", OffsetUnit.Utf8);
        Assert.Throws<ArgumentOutOfRangeException>(() => converter.Convert(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => converter.Convert(2));
        Assert.Throws<ArgumentNullException>(() => converter.Convert(null!));
    }

    private static void AssertEverySpan(AttributionResult result, Func<int, int, string> slice)
    {
        foreach (var quote in result.Quotes)
        {
            Assert.Equal(quote.Text, slice(quote.Start, quote.End));
            if (quote.Speaker is { } speaker)
            {
                Assert.Equal(speaker.Mention.Text, slice(speaker.Mention.Start, speaker.Mention.End));
            }

            if (quote.Cue is { } cue)
            {
                Assert.Equal(cue.Text, slice(cue.Start, cue.End));
            }
        }

        Assert.All(result.People.SelectMany(p => p.Mentions), m => Assert.Equal(m.Text, slice(m.Start, m.End)));
    }
}
