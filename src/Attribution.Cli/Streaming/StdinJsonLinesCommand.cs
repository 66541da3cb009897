using System.Globalization;
using Attribution.Cli.Input;

namespace Attribution.Cli.Streaming;

/// <summary>
/// <c>attribution --stdin-jsonl</c>: answers each line of standard input, <c>{"id": …, "text": …}</c>, with one line
/// on standard output, in input order and flushed at once, so the tool can sit in a pipe (Spark's <c>RDD.pipe</c>,
/// Hadoop Streaming, GNU parallel) or be driven a line at a time.
/// </summary>
internal static class StdinJsonLinesCommand
{
    public static int Run(AttributeArguments arguments, CliConsole console)
    {
        if (console.InIsTerminal)
        {
            console.Report("reading JSON lines from standard input, {\"id\": …, \"text\": …} (end with Ctrl-D); see 'attribution --help'");
        }

        var attributor = new QuoteAttributor();
        var settings = new ReadSettings(attributor.Options.MaxInputLength);
        var answered = 0;
        var bad = 0;
        var budget = new InFlightBudget(settings.MaxCharacters);

        // Lines are attributed in parallel, but each answer is written as soon as it and the ones before are ready,
        // never after waiting for the end of the input: the library reads the lines on a thread of its own, so a
        // caller may wait for an answer before sending more.
        try
        {
            var answers = attributor.AttributeMany(
                Jobs(console.In, settings, arguments.Offsets, budget),
                job => job.ReadText(),
                (job, result) => job.Answer(result));
            foreach (var answer in answers)
            {
                if (answer.Warning is not null)
                {
                    console.Report(answer.Warning);
                }

                console.Out.WriteLine(answer.Json);
                console.Out.Flush();
                budget.GiveBackOldest();
                answered++;
                if (answer.IsError)
                {
                    bad++;
                }
            }
        }
        catch (InputException e)
        {
            // Every line read before the failure has been answered by now.
            console.Report(e.Message);
            return ExitCodes.InputError;
        }
        finally
        {
            // So that a reader waiting for room is let go when the writing stops early (a closed pipe).
            budget.Dispose();
        }

        if (bad > 0)
        {
            // The error objects are in the stream for the program reading it; this line is for the person reading the
            // logs.
            console.Report(string.Create(CultureInfo.InvariantCulture, $"{bad} of {answered} lines were answered with an error object"));
        }

        // Every line was answered, bad ones included, so the stream did its job: Spark's RDD.pipe and Hadoop Streaming
        // fail the whole task on a non-zero exit, and one malformed record must not cost the other thousands.
        return ExitCodes.Success;
    }

    /// <summary>
    /// A job per line, split as bytes with each line held only up to the line limit (a longer one is answered at once
    /// and passed over), and weighing its bytes, so that the lines in flight hold at most about the length limit
    /// between them however long each is.
    /// </summary>
    private static IEnumerable<LineJob> Jobs(Stream stdin, ReadSettings settings, OffsetUnit offsets, InFlightBudget budget)
    {
        var lines = new JsonLineReader(stdin, settings.MaxLineBytes);
        while (ReadLine(lines) is { } line)
        {
            var job = new LineJob(line, settings.MaxCharacters, settings.MaxLineBytes, offsets);
            if (!budget.Take(job.Weight))
            {
                yield break;
            }

            yield return job;
        }
    }

    private static JsonLine? ReadLine(JsonLineReader lines)
    {
        try
        {
            return lines.Next();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Not an output failure, which is what an IOException reaching CliApp would be taken for.
            throw new InputException($"{AttributeArguments.StandardInput}: cannot read: {e.Message}", e);
        }
    }
}
