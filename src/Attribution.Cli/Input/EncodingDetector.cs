using System.Text;

namespace Attribution.Cli.Input;

/// <summary>The encoding an input's first bytes show, and how many of them are its byte-order mark.</summary>
/// <param name="Encoding">The encoding to decode with.</param>
/// <param name="MarkLength">The bytes of the byte-order mark to skip: offsets count from the first character after it.</param>
/// <param name="Guessed">Whether no mark said so and the zero bytes of UTF-16 did, which a warning reports.</param>
internal sealed record DetectedEncoding(Encoding Encoding, int MarkLength, bool Guessed)
{
    /// <summary>How many bytes to look at before deciding: enough for a byte-order mark and a sample of UTF-16.</summary>
    public const int SampleLength = 1024;

    private static readonly Encoding Utf16BigEndian = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32BigEndian = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    /// <summary>
    /// A byte-order mark (UTF-8, UTF-16 or UTF-32, either order) decides; without one, text that has a zero byte in
    /// every other place and none between is UTF-16 (English in UTF-16 is mostly ASCII, whose high byte is zero),
    /// and anything else is read as UTF-8. UTF-16 read as UTF-8 was once silently a text of NULs with no quotation.
    /// </summary>
    /// <param name="sample">The first bytes of the input, up to <see cref="SampleLength"/>.</param>
    /// <param name="chosen">
    /// The encoding given with <c>--encoding</c>, for text without a byte-order mark (a mark still decides); then no
    /// UTF-16 is guessed.
    /// </param>
    public static DetectedEncoding Detect(ReadOnlySpan<byte> sample, Encoding? chosen = null)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DetectedEncoding(Encoding.UTF8, 3, Guessed: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return new DetectedEncoding(Encoding.UTF32, 4, Guessed: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return new DetectedEncoding(Utf32BigEndian, 4, Guessed: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DetectedEncoding(Encoding.Unicode, 2, Guessed: false);
        }

        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DetectedEncoding(Utf16BigEndian, 2, Guessed: false);
        }

        if (chosen is not null)
        {
            return new DetectedEncoding(chosen, 0, Guessed: false) { Chosen = true };
        }

        return LooksLikeUtf16(sample) switch
        {
            1 => new DetectedEncoding(Encoding.Unicode, 0, Guessed: true),
            -1 => new DetectedEncoding(Utf16BigEndian, 0, Guessed: true),
            _ => new DetectedEncoding(Encoding.UTF8, 0, Guessed: false),
        };
    }

    /// <summary>Whether the encoding is the one given with <c>--encoding</c>, not one the bytes showed.</summary>
    public bool Chosen { get; init; }

    /// <summary>A short name for messages: UTF-8, UTF-16LE, UTF-32BE, or the encoding's own name.</summary>
    public string Name => Encoding.CodePage switch
    {
        65001 => "UTF-8",
        1200 => "UTF-16LE",
        1201 => "UTF-16BE",
        12000 => "UTF-32LE",
        12001 => "UTF-32BE",
        _ => Encoding.WebName,
    };

    /// <returns>1 for little-endian UTF-16, -1 for big-endian, 0 for neither.</returns>
    private static int LooksLikeUtf16(ReadOnlySpan<byte> sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return 0;
        }

        var zeroLow = 0;
        var zeroHigh = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            zeroLow += sample[i] == 0 ? 1 : 0;
            zeroHigh += sample[i + 1] == 0 ? 1 : 0;
        }

        // Most characters ASCII (one byte of each pair zero) and the other byte of each pair never zero: a text of
        // NULs (/dev/zero) or a binary file has zeros on both sides and stays UTF-8.
        if (zeroHigh * 2 > pairs && zeroLow == 0)
        {
            return 1;
        }

        return zeroLow * 2 > pairs && zeroHigh == 0 ? -1 : 0;
    }
}
