using CsCheck;

namespace Attribution.Tests.Robustness;

/// <summary>
/// Random texts for the property tests: news-like pieces (invented names, cue verbs, every kind of quotation mark)
/// mixed with what scraped text really carries (control characters, NUL, lone surrogate halves, emoji, odd line
/// ends). Pure noise would rarely reach the speaker rules; the templates make quotations with speakers common, and
/// the noise lands inside and around them.
/// </summary>
internal static class TextGen
{
    private static readonly string[] Words =
        ["the", "plan", "would", "work", "and", "we", "it", "was", "a", "of", "to", "that", "he", "she", "they", "not", "mr", "Ms", "Dr", "minister", "police", "on", "Monday", "backed", "started", "confirmed", "wanted", "being"];

    private static readonly string[] Names =
        ["Ann", "Lee", "Ann Lee", "Bo Tarn", "Mr Vell", "Ms Quill", "Dr Orrin Pask", "Jed", "Kaya Morrow", "Foreign Secretary Ilsa Wren", "O'Dell", "Saint-Ives"];

    private static readonly string[] Cues =
        ["said", "told", "according to", "added", "says", "told reporters", "said that", "added:", "said:", "warned"];

    private static readonly string[] Marks = ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹", "›"];

    private static readonly string[] Punctuation = [".", ",", ":", ";", "!", "?", "(", ")", "[", "]", "…", "...", "-", "–", "—", " — ", "--", "'s", "/"];

    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\t", "\r", "\n", "\r\n", "\n\n", "\u00A0", "\u2028", "\u2009"];

    private static readonly string[] Odd =
        ["\0", "\u0001", "\u0007", "\u001B", "\u007F", "\u0085", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "😀", "👍🏽", "🎉", "👨‍👩‍👧", "\uFEFF", "\u200B", "\u200D", "\uFFFD", "\u0301", "ß", "İ", "ﬁ", "אב", "قال"];

    private static readonly string[] Openers = ["“", "\"", "‘", "'", "«", "„", "‹", "‚"];

    private static readonly string[] Closers = ["”", "\"", "’", "'", "»", "“", "›", "‘"];

    private static readonly Gen<string> Word = Gen.OneOf(Words);

    private static readonly Gen<string> Name = Gen.OneOf(Names);

    private static readonly Gen<string> Cue = Gen.OneOf(Cues);

    private static readonly Gen<string> Mark = Gen.OneOf(Marks);

    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, Word),
        (8, Name),
        (6, Cue),
        (10, Mark),
        (8, Gen.OneOf(Punctuation)),
        (30, Gen.OneOf(Spaces)),
        (4, Gen.OneOf(Odd)),
        (1, Gen.Char.Select(c => c.ToString())));

    private static readonly Gen<string> Soup = Piece.Array[0, 12].Select(string.Concat);

    private static readonly Gen<string> Phrase = Gen.Select(Word.Array[1, 8], Soup, (words, noise) => string.Join(" ", words) + noise);

    // “Phrase,” Name said.  /  Name said: “Phrase.”  /  Name said that phrase.  /  According to Name, phrase.
    private static readonly Gen<string> Sentence = Gen.OneOf(
        Gen.Select(Gen.OneOf(Openers), Phrase, Gen.OneOf(Closers), Name, Cue, (o, p, c, n, v) => $"{o}{p},{c} {n} {v}."),
        Gen.Select(Name, Cue, Gen.OneOf(Openers), Phrase, Gen.OneOf(Closers), (n, v, o, p, c) => $"{n} {v} {o}{p}.{c}"),
        Gen.Select(Name, Cue, Phrase, (n, v, p) => $"{n} {v} {p}."),
        Gen.Select(Name, Phrase, (n, p) => $"According to {n}, {p}."),
        Gen.Select(Gen.OneOf(Openers), Phrase, Gen.OneOf(Openers), Phrase, Gen.OneOf(Closers), Gen.OneOf(Closers), Name,
            (o1, p1, o2, p2, c2, c1, n) => $"{o1}{p1} {o2}{p2}{c2} ok.{c1} said {n}."),
        Soup);

    /// <summary>Paragraphs of sentences and noise, joined by every kind of line end.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
            (6, Sentence),
            (3, Soup),
            (2, Gen.OneOf(Spaces)))
        .Array[0, 24]
        .Select(string.Concat);

    /// <summary>Shows a failing text with every invisible or unpaired character escaped, so it can be pasted into a test.</summary>
    public static string Print(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when char.IsControl(c) || char.IsSurrogate(c) || c > '\u007E' => builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
