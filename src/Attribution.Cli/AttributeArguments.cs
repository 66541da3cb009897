namespace Attribution.Cli;

/// <summary>The parsed command line of the attribute command.</summary>
/// <param name="Format">How the results are written.</param>
/// <param name="Inputs">
/// Files, directories and <c>-</c> (standard input), in the order given; never empty, except with
/// <paramref name="StdinJsonLines"/>.
/// </param>
/// <param name="ShowHelp">Whether <c>--help</c> was asked for; nothing else is done then.</param>
/// <param name="StdinJsonLines">Whether <c>--stdin-jsonl</c> was asked for: standard input is a stream of JSON lines to answer.</param>
internal sealed record AttributeArguments(OutputFormat Format, IReadOnlyList<string> Inputs, bool ShowHelp, bool StdinJsonLines)
{
    public const string StdinJsonLinesOption = "--stdin-jsonl";

    public const string StandardInput = "-";

    /// <exception cref="UsageException">An option is unknown, or its value is missing or wrong.</exception>
    public static AttributeArguments Parse(IReadOnlyList<string> args)
    {
        var format = OutputFormat.Text;
        var inputs = new List<string>();
        var showHelp = false;
        var stdinJsonLines = false;
        var formatGiven = false;
        var optionsEnded = false;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (optionsEnded || arg == StandardInput || !arg.StartsWith('-'))
            {
                inputs.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    optionsEnded = true;
                    break;
                case "-h" or "--help":
                    showHelp = true;
                    break;
                case StdinJsonLinesOption:
                    stdinJsonLines = true;
                    break;
                case "--format":
                    if (i + 1 >= args.Count)
                    {
                        throw new UsageException("--format needs a value: text, json or jsonl");
                    }

                    format = ParseFormat(args[++i]);
                    formatGiven = true;
                    break;
                default:
                    if (arg.StartsWith("--format=", StringComparison.Ordinal))
                    {
                        format = ParseFormat(arg["--format=".Length..]);
                        formatGiven = true;
                        break;
                    }

                    throw new UsageException($"unknown option '{arg}'");
            }
        }

        if (stdinJsonLines)
        {
            // Either would change what the stream looks like, which a program at the other end relies on.
            if (inputs.Count > 0)
            {
                throw new UsageException($"{StdinJsonLinesOption} reads standard input only; it takes no FILE, DIR or -");
            }

            if (formatGiven)
            {
                throw new UsageException($"{StdinJsonLinesOption} always writes JSON lines; it takes no --format");
            }

            return new AttributeArguments(OutputFormat.JsonLines, [], showHelp, StdinJsonLines: true);
        }

        if (inputs.Count == 0)
        {
            inputs.Add(StandardInput);
        }

        return new AttributeArguments(format, inputs, showHelp, StdinJsonLines: false);
    }

    private static OutputFormat ParseFormat(string value) => value switch
    {
        "text" => OutputFormat.Text,
        "json" => OutputFormat.Json,
        "jsonl" => OutputFormat.JsonLines,
        _ => throw new UsageException($"unknown format '{value}' (expected text, json or jsonl)"),
    };
}
