using System.Text;

namespace Attribution;

/// <summary>
/// Turns UTF-16 offsets into one text (what <see cref="AttributionResult"/> holds) into another
/// <see cref="OffsetUnit"/>, so that a Python or Spark caller can slice the text with the offsets it gets.
/// </summary>
/// <remarks>
/// Built in one pass over the text; each conversion then reads at most 256 characters, whatever the text's
/// length. An instance is immutable and thread-safe. A surrogate pair counts as one code point and four UTF-8 bytes,
/// a lone surrogate half as one code point and three bytes (the U+FFFD it becomes in UTF-8), and an offset between
/// the two halves of a pair as the offset after the pair.
/// </remarks>
/// <example>
/// <code>
/// var result = attributor.Attribute(text);
/// var forPython = new OffsetConverter(text, OffsetUnit.CodePoints).Convert(result);
/// </code>
/// </example>
public sealed class OffsetConverter
{
    private const int BlockShift = 8;
    private const int BlockSize = 1 << BlockShift;

    private readonly string text;

    // The count in the target unit at the start of each block of 256 UTF-16 code units; null when every offset
    // converts to itself.
    private readonly int[]? blockStarts;

    /// <summary>Prepares conversions of offsets into <paramref name="text"/> to <paramref name="unit"/>.</summary>
    /// <param name="text">The text the offsets index, exactly as it was attributed.</param>
    /// <param name="unit">The unit to convert to.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not an <see cref="OffsetUnit"/>.</exception>
    public OffsetConverter(string text, OffsetUnit unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not an OffsetUnit.");
        }

        this.text = text;
        Unit = unit;

        // Offsets convert to themselves in ASCII, and to code points wherever there is no surrogate: most English
        // news has no emoji, and is ASCII but for its quotation marks and dashes.
        var identity = unit switch
        {
            OffsetUnit.Utf16 => true,
            OffsetUnit.CodePoints => !text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'),
            _ => Ascii.IsValid(text),
        };
        if (identity)
        {
            return;
        }

        blockStarts = new int[(text.Length >> BlockShift) + 1];
        var count = 0;
        for (var block = 0; block < blockStarts.Length; block++)
        {
            blockStarts[block] = count;
            var start = block << BlockShift;
            count += Count(start, Math.Min(start + BlockSize, text.Length));
        }
    }

    /// <summary>The unit offsets are converted to.</summary>
    public OffsetUnit Unit { get; }

    /// <summary>The offset in <see cref="Unit"/> of the UTF-16 offset <paramref name="utf16Offset"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="utf16Offset"/> is negative or past the end of the text.</exception>
    public int Convert(int utf16Offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(utf16Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(utf16Offset, text.Length);
        if (blockStarts is null)
        {
            return utf16Offset;
        }

        var block = utf16Offset >> BlockShift;
        return blockStarts[block] + Count(block << BlockShift, utf16Offset);
    }

    /// <summary>
    /// The same result with every <c>Start</c> and <c>End</c> (of quotations, speakers, cues and people's mentions)
    /// in <see cref="Unit"/>; texts and everything else unchanged.
    /// </summary>
    /// <param name="result">A result of attributing this converter's text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An offset lies outside the text: the result is of another text.</exception>
    public AttributionResult Convert(AttributionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (blockStarts is null)
        {
            // Still checked, so that a result of another text fails the same way whatever the unit.
            ThrowIfOutside(result);
            return result;
        }

        var quotes = new Quotation[result.Quotes.Count];
        for (var i = 0; i < quotes.Length; i++)
        {
            var quote = result.Quotes[i];
            quotes[i] = quote with
            {
                Start = Convert(quote.Start),
                End = Convert(quote.End),
                Speaker = quote.Speaker is { } speaker ? speaker with { Mention = Convert(speaker.Mention) } : null,
                Cue = quote.Cue is { } cue ? Convert(cue) : null,
            };
        }

        var people = new Person[result.People.Count];
        for (var i = 0; i < people.Length; i++)
        {
            var person = result.People[i];
            people[i] = person with { Mentions = [.. person.Mentions.Select(Convert)] };
        }

        return new AttributionResult(quotes, people);
    }

    private Mention Convert(Mention mention) => mention with { Start = Convert(mention.Start), End = Convert(mention.End) };

    private void ThrowIfOutside(AttributionResult result)
    {
        foreach (var quote in result.Quotes)
        {
            Convert(quote.Start);
            Convert(quote.End);
            if (quote.Speaker is { } speaker)
            {
                Convert(speaker.Mention);
            }

            if (quote.Cue is { } cue)
            {
                Convert(cue);
            }
        }

        foreach (var mention in result.People.SelectMany(person => person.Mentions))
        {
            Convert(mention);
        }
    }

    /// <summary>
    /// The units in <c>text[start..end]</c>. A pair's whole count falls on its high half and none on its low half,
    /// so that blocks can be counted apart and an offset between the halves counts the pair.
    /// </summary>
    private int Count(int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    count += Unit == OffsetUnit.Utf8 ? 4 : 1;
                }
                else if (!(char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])))
                {
                    count += Unit == OffsetUnit.Utf8 ? 3 : 1;
                }

                continue;
            }

            count += Unit == OffsetUnit.CodePoints || c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }

        return count;
    }
}
