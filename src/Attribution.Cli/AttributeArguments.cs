using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Attribution.Cli.CommandLine;

namespace Attribution.Cli;

/// <summary>The parsed command line of the attribute command, the tool's default.</summary>
/// <param name="Format">How the results are written.</param>
/// <param name="Offsets">What the offsets in JSON and CSV count.</param>
/// <param name="Inputs">
/// Files, directories and <c>-</c> (standard input), in the order given; never empty, except with
/// <paramref name="StdinJsonLines"/>.
/// </param>
/// <param name="Html">Whether every input is an HTML page (<c>--html</c>); a file named <c>*.html</c> or <c>*.htm</c> is one anyway.</param>
/// <param name="Encoding">
/// The encoding given with <c>--encoding</c>, or <see langword="null"/> to tell it from the bytes (a byte-order mark,
/// else UTF-16 when its zero bytes show it, else UTF-8); a byte-order mark decides either way.
/// </param>
/// <param name="StdinJsonLines">Whether standard input is a stream of JSON lines to answer (<c>--stdin-jsonl</c>).</param>
/// <param name="InputsGiven">Whether any input was named; standard input is read by default.</param>
internal sealed record AttributeArguments(
    OutputFormat Format,
    OffsetUnit Offsets,
    IReadOnlyList<string> Inputs,
    bool Html,
    Encoding? Encoding,
    bool StdinJsonLines,
    bool InputsGiven)
{
    public const string StdinJsonLinesOption = "--stdin-jsonl";

    public const string StandardInput = "-";

    /// <summary>The options and argument of the attribute command, as System.CommandLine parses them.</summary>
    internal sealed class Syntax
    {
        private static readonly (string Name, OutputFormat Format)[] Formats =
            [("text", OutputFormat.Text), ("json", OutputFormat.Json), ("jsonl", OutputFormat.JsonLines), ("csv", OutputFormat.Csv), ("html", OutputFormat.Html)];

        private static readonly (string Name, OffsetUnit Unit)[] Units =
            [("utf16", OffsetUnit.Utf16), ("codepoints", OffsetUnit.CodePoints), ("utf8", OffsetUnit.Utf8)];

        public Option<OutputFormat> Format { get; } = new("--format")
        {
            Description = "text: a readable list per article (default); json: an object per article, an array for several; "
                + "jsonl: one compact object per line; csv: one row per quotation; html: a page with the quotations highlighted",
            HelpName = "text|json|jsonl|csv|html",
            CustomParser = result => ParseName(result, Formats, "format"),
        };

        public Option<OffsetUnit> Offsets { get; } = new("--offsets")
        {
            Description = "what offsets in json, jsonl and csv count: UTF-16 code units (default; .NET, Java, JavaScript), "
                + "code points (Python, Spark) or UTF-8 bytes",
            HelpName = "utf16|codepoints|utf8",
            CustomParser = result => ParseName(result, Units, "offset unit"),
        };

        public Option<bool> Html { get; } = new("--html")
        {
            Description = "read every input, standard input too, as an HTML page and attribute its article text "
                + "(a file named *.html or *.htm is read so anyway); the output includes the text the offsets index",
        };

        public Option<Encoding?> Encoding { get; } = new("--encoding")
        {
            Description = "the encoding of inputs without a byte-order mark, such as windows-1252 or iso-8859-1 (default utf-8)",
            HelpName = "name",
            CustomParser = ParseEncoding,
        };

        public Option<bool> StdinJsonLines { get; } = new(StdinJsonLinesOption)
        {
            Description = "answer each line of standard input, {\"id\": …, \"text\": …}, with one line "
                + "{\"id\": …, \"quotes\": […], \"people\": […]} (or {\"id\": …, \"error\": \"…\"}), in input order, flushed per line",
        };

        public Argument<string[]> Inputs { get; } = new("FILE|DIR|-")
        {
            Description = "FILE (text, or an HTML page: UTF-8, UTF-16 or UTF-32 with a byte-order mark, UTF-16 without one "
                + "recognised too), DIR (every .txt file under it, recursively, in ordinal order of path; symbolic links below "
                + "DIR are not followed) or - (standard input, the default)",
            Arity = ArgumentArity.ZeroOrMore,
        };

        public IEnumerable<Symbol> All => [Format, Offsets, Html, Encoding, StdinJsonLines, Inputs];

        public static string FormatName(OutputFormat format) => Formats.First(f => f.Format == format).Name;

        private static T ParseName<T>(ArgumentResult result, (string Name, T Value)[] names, string what)
        {
            var given = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            foreach (var (name, value) in names)
            {
                if (string.Equals(name, given, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            result.AddError($"unknown {what} '{given}' (expected {string.Join(", ", names.Select(n => n.Name))})");
            return names[0].Value;
        }

        private static Encoding? ParseEncoding(ArgumentResult result)
        {
            var name = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            try
            {
                return System.Text.Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                result.AddError($"unknown encoding '{name}' (for example utf-8, utf-16, windows-1252, iso-8859-1)");
                return null;
            }
        }
    }

    /// <summary>Reads the values out of a parse, and checks what System.CommandLine cannot.</summary>
    /// <exception cref="UsageException">An unknown option, or options that do not go together.</exception>
    public static AttributeArguments From(ParseResult parse, Syntax syntax)
    {
        var inputs = parse.GetValue(syntax.Inputs) ?? [];
        UnknownOptions.Reject(parse, syntax.Inputs);

        var format = parse.GetValue(syntax.Format);
        var formatGiven = Given(parse, syntax.Format);
        var offsets = parse.GetValue(syntax.Offsets);
        var html = parse.GetValue(syntax.Html);
        var encoding = parse.GetValue(syntax.Encoding);

        if (Given(parse, syntax.Offsets) && format is OutputFormat.Text or OutputFormat.Html && !parse.GetValue(syntax.StdinJsonLines))
        {
            throw new UsageException($"--offsets applies to json, jsonl and csv (and {StdinJsonLinesOption}), not to --format {Syntax.FormatName(format)}, which prints no offsets");
        }

        if (parse.GetValue(syntax.StdinJsonLines))
        {
            // Each would change what the stream looks like, which a program at the other end relies on.
            if (inputs.Length > 0)
            {
                throw new UsageException($"{StdinJsonLinesOption} reads standard input only; it takes no FILE, DIR or -");
            }

            if (formatGiven)
            {
                throw new UsageException($"{StdinJsonLinesOption} always writes JSON lines; it takes no --format");
            }

            if (html)
            {
                throw new UsageException($"{StdinJsonLinesOption} reads JSON lines, not HTML; it takes no --html");
            }

            return new AttributeArguments(OutputFormat.JsonLines, offsets, [], Html: false, encoding, StdinJsonLines: true, InputsGiven: false);
        }

        return new AttributeArguments(format, offsets, inputs.Length > 0 ? inputs : [StandardInput], html, encoding, StdinJsonLines: false, InputsGiven: inputs.Length > 0);
    }

    private static bool Given(ParseResult parse, Option option) => parse.GetResult(option) is { Implicit: false };
}
