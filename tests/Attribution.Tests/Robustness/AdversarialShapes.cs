using System.Text;

namespace Attribution.Tests.Robustness;

/// <summary>
/// Texts built to find a step that is not linear, or a table that grows faster than the text: each shape repeats one
/// hostile pattern (many people sharing a surname, a wall of quotation marks, a paragraph per character) up to any
/// length. The allocation tests and the scaling benchmark (which links this file) read the same shapes.
/// </summary>
public static class AdversarialShapes
{
    /// <summary>The shapes by name, in the order the tables list them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "News",
        "SharedSurnames",
        "SharedFirstNames",
        "ManyTitles",
        "StraightQuotes",
        "CurlyQuotes",
        "SingleQuotes",
        "AngleQuotes",
        "LowQuotes",
        "CornerQuotes",
        "ShortQuotations",
        "SpokenQuotations",
        "UnclosedQuotes",
        "TinyParagraphs",
        "SaidSaidSaid",
        "HugeQuotation",
        "RunOnSentence",
    ];

    /// <summary>
    /// The shape <paramref name="name"/> at about <paramref name="chars"/> UTF-16 characters (never more, and within
    /// one repetition of the pattern below it). <c>News</c> is a news-like paragraph repeated, the baseline the other
    /// shapes are compared with.
    /// </summary>
    public static string Make(string name, int chars) => name switch
    {
        "News" => Repeat(chars, static (b, i) => b.Append("“The bridge will reopen in May,” Transport Minister Ruth Okafor told reporters on Monday. ")
            .Append("She said the repairs had cost more than planned. “We are on schedule,” Ms Okafor added.\n")),
        "SharedSurnames" => Repeat(chars, static (b, i) => b.Append(i == 0 ? "" : ", ").Append((i % 3) switch
        {
            0 => "X" + Letters(i) + " Smith",
            1 => "Mr X" + Letters(i) + " Smith",
            _ => "Ms Smith",
        })),
        "SharedFirstNames" => Repeat(chars, static (b, i) => b.Append(i == 0 ? "" : ", ").Append("John X").Append(Letters(i))),
        "ManyTitles" => Repeat(chars, static (b, i) => b.Append("Deputy X").Append(Letters(i)).Append(" Minister John Smith spoke. “We will act,” the Minister said.\n")),
        "StraightQuotes" => Repeat(chars, static (b, _) => b.Append('"')),
        "CurlyQuotes" => Repeat(chars, static (b, _) => b.Append("“”")),
        "SingleQuotes" => Repeat(chars, static (b, _) => b.Append("‘'’")),
        "AngleQuotes" => Repeat(chars, static (b, _) => b.Append("«‹»›")),
        "LowQuotes" => Repeat(chars, static (b, _) => b.Append("„‚“‘")),
        "CornerQuotes" => Repeat(chars, static (b, _) => b.Append("「『」』")),
        "ShortQuotations" => Repeat(chars, static (b, i) => b.Append(ShortQuotations[i % ShortQuotations.Length])),
        "SpokenQuotations" => Repeat(chars, static (b, i) => b.Append("“a,” Al Bo said. ")),
        "UnclosedQuotes" => Repeat(chars, static (b, _) => b.Append("“a ")),
        "TinyParagraphs" => Repeat(chars, static (b, _) => b.Append("a\n")),
        "SaidSaidSaid" => Repeat(chars, static (b, _) => b.Append("said ")),
        "HugeQuotation" => Enclose(chars, "Ms Lee said: “", "the plan would work and ", "” Ms Lee said."),
        "RunOnSentence" => Repeat(chars, static (b, i) => b.Append("the official said that the plan of Ann Lee would work and ")),
        _ => throw new ArgumentException($"No shape is called '{name}'.", nameof(name)),
    };

    // A quotation of one character in each kind of mark, one after another: as many quotations as a text can hold.
    private static readonly string[] ShortQuotations = ["“a”", "‘a’", "\"a\"", "'a'", "«a»", "„a“", "‚a‘", "‹a›", "「a」", "『a』"];

    private static string Repeat(int chars, Action<StringBuilder, int> pattern)
    {
        var builder = new StringBuilder(chars + 256);
        var last = 0;
        for (var i = 0; builder.Length <= chars; i++)
        {
            last = builder.Length;
            pattern(builder, i);
        }

        builder.Length = last;
        return builder.ToString();
    }

    private static string Enclose(int chars, string open, string repeated, string close)
    {
        var builder = new StringBuilder(chars + 256).Append(open);
        while (builder.Length + repeated.Length + close.Length <= chars)
        {
            builder.Append(repeated);
        }

        return builder.Append(close).ToString();
    }

    /// <summary>A distinct lower-case word for every <paramref name="i"/>: a, b, …, z, ba, bb, ….</summary>
    private static string Letters(int i)
    {
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        do
        {
            letters[--at] = (char)('a' + (i % 26));
            i /= 26;
        }
        while (i > 0);

        return new string(letters[at..]);
    }
}
