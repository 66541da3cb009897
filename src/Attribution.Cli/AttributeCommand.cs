using System.CommandLine;
using Attribution.Cli.Input;
using Attribution.Cli.Progress;
using Attribution.Cli.Reports;
using Attribution.Cli.Streaming;

namespace Attribution.Cli;

/// <summary>
/// The tool's default command: attributes every input and writes one report per article, in input order,
/// attributing several articles at once on every core through <see cref="QuoteAttributor.AttributeMany{TSource, TResult}"/>.
/// </summary>
internal static class AttributeCommand
{
    public const string Description = "Finds the quotations in news articles and the people who said them.";

    private const string HelpSections = """
        Examples:
          attribution article.txt                        who said what, as a list
          attribution --format json news/ > out.json     every .txt file under news/, as one JSON array
          attribution --format html page.html > r.html   a saved web page, as a page with the quotations highlighted
          attribution --format csv --offsets codepoints news/
                                                         a row per quotation, offsets for Python and Spark
          curl -s URL | attribution --html               a page on standard input
          attribution eval tests/Attribution.Tests/Corpus
                                                         accuracy against hand-checked answers

        Exit codes:
          0    every input was attributed
          1    some input could not be read or attributed, or was longer than the limit (the
               others were still written); with --stdin-jsonl, standard input could not be read
               (a bad line is answered with an error object and does not change the exit code)
          2    the command line is wrong
          141  the output could not be written (a closed pipe or descriptor, a full disk)

        """;

    public static RootCommand Create(CliConsole console)
    {
        var syntax = new AttributeArguments.Syntax();
        var root = new RootCommand(Description) { HelpName = CliApp.Name };
        foreach (var symbol in syntax.All)
        {
            switch (symbol)
            {
                case Option option:
                    root.Options.Add(option);
                    break;
                case Argument argument:
                    root.Arguments.Add(argument);
                    break;
            }
        }

        CommandLine.HelpSections.Add(root, HelpSections);
        root.SetAction(parse =>
        {
            var arguments = AttributeArguments.From(parse, syntax);
            return arguments.StdinJsonLines
                ? StdinJsonLinesCommand.Run(arguments, console)
                : Run(arguments, console);
        });
        return root;
    }

    public static int Run(AttributeArguments arguments, CliConsole console)
    {
        if (!arguments.InputsGiven && console.InIsTerminal)
        {
            // Otherwise a first-time user sees nothing happen and cannot tell it is waiting for them.
            console.Report("reading an article from standard input (end it with Ctrl-D); see 'attribution --help' for files and directories");
        }

        // Whether JSON is an array, or the HTML page a batch, depends on what was asked for, not on how many inputs
        // turned out readable, so a reader always gets the same shape for the same command line.
        var isBatch = arguments.Inputs.Count > 1 || InputExpander.IsDirectory(arguments.Inputs[0]);
        var format = ReportFormat.For(arguments.Format, arguments.Offsets, isBatch);
        var writer = new ReportWriter(format, console.Out);

        var entries = InputExpander.ExpandAll(arguments.Inputs);
        IProgressDisplay progress = isBatch && console.ErrorIsTerminal ? new TerminalProgress(console.Error, entries.Count) : NoProgress.Instance;
        var attributor = new QuoteAttributor();
        var settings = new ReadSettings(attributor.Options.MaxInputLength, arguments.Encoding);
        var failed = false;
        var budget = new InFlightBudget(settings.MaxCharacters);

        try
        {
            var outcomes = attributor.AttributeMany(
                Jobs(entries, arguments, settings, console.In, budget),
                job => job.ReadText(),
                (job, result) => job.Outcome(result, format));

            // Only this thread touches the output, standard error and the flag. When the output fails (a closed pipe),
            // the exception leaves the loop, which stops the batch: no more inputs are read or attributed.
            foreach (var outcome in outcomes)
            {
                foreach (var warning in outcome.Warnings)
                {
                    progress.Hide();
                    console.Report(warning);
                }

                if (outcome.Error is not null)
                {
                    progress.Hide();
                    console.Report(outcome.Error);
                    failed = true;
                }
                else if (outcome.Rendered is not null)
                {
                    writer.Write(outcome.Rendered);
                }

                budget.GiveBackOldest();
                progress.Advance();
            }
        }
        finally
        {
            // So that the batch's reading thread, if it waits for room, is let go rather than left waiting.
            budget.Dispose();

            // Also when the output fails, so that its one-line message does not start after the counter.
            progress.Finish();
        }

        writer.Complete();
        return failed ? ExitCodes.InputError : ExitCodes.Success;
    }

    /// <summary>
    /// One job per article, made on the batch's reading thread in command-line order. Standard input is one stream
    /// and not thread-safe, so it is read here, on that one thread (a second <c>-</c> reads what the first left:
    /// nothing); files are read on the workers. Each job weighs its size (a file's bytes, standard input's
    /// characters) against the budget before it goes, so the inputs in flight stay within the length limit.
    /// </summary>
    private static IEnumerable<ArticleJob> Jobs(
        IReadOnlyList<InputEntry> entries, AttributeArguments arguments, ReadSettings settings, Stream stdin, InFlightBudget budget)
    {
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var job = new ArticleJob(entry, i + 1, arguments.Html, settings);
            long weight = 0;
            if (entry.Source is { Path: null })
            {
                weight = job.ReadStandardInput(stdin);
            }
            else if (entry.Source is { Path: { } path })
            {
                weight = SizeOf(path, settings);
            }

            if (!budget.Take(weight))
            {
                yield break;
            }

            yield return job;
        }
    }

    /// <summary>A file's length in bytes, or the limit for what has none (a FIFO, a device) and may hold that much.</summary>
    private static long SizeOf(string path, ReadSettings settings)
    {
        try
        {
            var length = new FileInfo(path).Length;
            return length > 0 ? Math.Min(length, settings.MaxCharacters) : settings.MaxCharacters;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
