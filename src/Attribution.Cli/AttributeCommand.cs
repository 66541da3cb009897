using Attribution.Cli.Progress;
using Attribution.Cli.Reports;

namespace Attribution.Cli;

/// <summary>
/// Attributes every input and writes one report per article, in input order, attributing several articles at once
/// on every core.
/// </summary>
internal static class AttributeCommand
{
    /// <param name="stderrIsTerminal">Whether a person watches standard error, so that a batch may show its progress there.</param>
    public static int Run(AttributeArguments arguments, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal)
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

        var entries = InputExpander.ExpandAll(arguments.Inputs);
        IProgressDisplay progress = isBatch && stderrIsTerminal ? new TerminalProgress(stderr, entries.Count) : NoProgress.Instance;
        var attributor = new QuoteAttributor();
        var failed = false;

        // Only the pipeline's writer thread touches stdout, stderr, the report writer and the flag.
        try
        {
            OrderedPipeline.Run(
                Jobs(entries, attributor, stdin),
                outcome =>
                {
                    if (outcome.Warning is not null)
                    {
                        progress.Hide();
                        Report(stderr, outcome.Warning);
                    }

                    if (outcome.Error is not null)
                    {
                        progress.Hide();
                        Report(stderr, outcome.Error);
                        failed = true;
                    }
                    else if (outcome.Report is not null)
                    {
                        writer.Write(outcome.Report);
                    }

                    progress.Advance();
                },
                OrderedPipeline.DefaultLookAhead);
        }
        finally
        {
            // Also when the output fails, so that its one-line message does not start after the counter.
            progress.Finish();
        }

        writer.Complete();
        stdout.Flush();
        return failed ? ExitCodes.InputError : ExitCodes.Success;
    }

    private static IEnumerable<Func<CancellationToken, ArticleOutcome>> Jobs(
        IReadOnlyList<InputEntry> entries, QuoteAttributor attributor, TextReader stdin)
    {
        foreach (var entry in entries)
        {
            if (entry.Source is not { } source)
            {
                var failure = ArticleOutcome.Failed(entry.Error!);
                yield return _ => failure;
            }
            else if (source.Path is null)
            {
                yield return ReadStandardInputNow(attributor, source, stdin);
            }
            else
            {
                yield return cancellationToken => ReadAndAttribute(attributor, source, cancellationToken);
            }
        }
    }

    /// <summary>
    /// Standard input is one reader and not thread-safe, so it is read on the one thread that enumerates the jobs,
    /// in command-line order (a second <c>-</c> reads what the first left: nothing); only its attribution runs on a
    /// worker.
    /// </summary>
    private static Func<CancellationToken, ArticleOutcome> ReadStandardInputNow(
        QuoteAttributor attributor, InputSource source, TextReader stdin)
    {
        ArticleText text;
        try
        {
            text = InputReader.Read(source, stdin);
        }
        catch (InputException e)
        {
            var failure = ArticleOutcome.Failed(e.Message);
            return _ => failure;
        }

        return cancellationToken => Attribute(attributor, source, text, cancellationToken);
    }

    private static ArticleOutcome ReadAndAttribute(QuoteAttributor attributor, InputSource source, CancellationToken cancellationToken)
    {
        ArticleText text;
        try
        {
            text = InputReader.Read(source, TextReader.Null);
        }
        catch (InputException e)
        {
            return ArticleOutcome.Failed(e.Message);
        }

        return Attribute(attributor, source, text, cancellationToken);
    }

    private static ArticleOutcome Attribute(
        QuoteAttributor attributor, InputSource source, ArticleText text, CancellationToken cancellationToken)
    {
        var limit = attributor.Options.MaxInputLength;
        if (text.Text.Length > limit)
        {
            return ArticleOutcome.Failed($"{source.Name}: too long ({text.Text.Length} characters; the limit is {limit})", text.Warning);
        }

        try
        {
            var result = attributor.Attribute(text.Text, cancellationToken);
            return new ArticleOutcome(ReportMapper.ToReport(source.Name, result), text.Warning, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A fault in the engine on one article must not cost the user the rest of a batch, nor show a stack trace.
            return ArticleOutcome.Failed($"{source.Name}: could not be attributed ({e.GetType().Name}: {e.Message})", text.Warning);
        }
    }

    private static void Report(TextWriter stderr, string message) => stderr.WriteLine($"{CliApp.Name}: {message}");
}
