using Attribution.Cli.Reports;

namespace Attribution.Cli;

/// <summary>Attributes every input and writes one report per article.</summary>
internal static class AttributeCommand
{
    public static int Run(AttributeArguments arguments, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // Whether JSON is an array depends on what was asked for, not on how many inputs turned out readable, so
        // a reader always gets the same shape for the same command line.
        var isBatch = arguments.Inputs.Count > 1 || InputExpander.IsDirectory(arguments.Inputs[0]);
        using IReportWriter writer = arguments.Format switch
        {
            OutputFormat.Json => new JsonReportWriter(stdout, asArray: isBatch),
            OutputFormat.JsonLines => new JsonLinesReportWriter(stdout),
            _ => new TextReportWriter(stdout),
        };

        var attributor = new QuoteAttributor();
        var failed = false;
        foreach (var input in arguments.Inputs)
        {
            IReadOnlyList<InputSource> sources;
            try
            {
                sources = InputExpander.Expand(input);
            }
            catch (InputException e)
            {
                Report(stderr, e);
                failed = true;
                continue;
            }

            foreach (var source in sources)
            {
                try
                {
                    writer.Write(ReportMapper.ToReport(source.Name, Attribute(attributor, source, stdin, stderr)));
                }
                catch (InputException e)
                {
                    Report(stderr, e);
                    failed = true;
                }
            }
        }

        writer.Complete();
        stdout.Flush();
        return failed ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static AttributionResult Attribute(QuoteAttributor attributor, InputSource source, TextReader stdin, TextWriter stderr)
    {
        var text = InputReader.Read(source, stdin, stderr);
        var limit = attributor.Options.MaxInputLength;
        if (text.Length > limit)
        {
            throw new InputException($"{source.Name}: too long ({text.Length} characters; the limit is {limit})");
        }

        try
        {
            return attributor.Attribute(text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the engine on one article must not cost the user the rest of a batch, nor show a stack trace.
            throw new InputException($"{source.Name}: could not be attributed ({e.GetType().Name}: {e.Message})", e);
        }
    }

    private static void Report(TextWriter stderr, InputException e) => stderr.WriteLine($"{CliApp.Name}: {e.Message}");
}
