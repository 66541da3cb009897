using System.Collections.Concurrent;

namespace Attribution.Cli;

/// <summary>
/// Runs jobs on the thread pool and hands their results to one writer in the order the jobs were given, each as soon
/// as it and every result before it are ready.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>
    /// Jobs queued behind the one being written: enough to keep every core busy when articles differ in length, few
    /// enough that a batch of thousands never holds more than a handful of results.
    /// </summary>
    public static int DefaultLookAhead { get; } = 4 * Environment.ProcessorCount;

    /// <summary>
    /// Runs <paramref name="jobs"/> and writes their results in order. At most <paramref name="lookAhead"/> + 1
    /// jobs are started and not yet written at any time.
    /// </summary>
    /// <param name="jobs">
    /// Enumerated on the calling thread, and only as far as the look-ahead allows, so jobs made from a slow stream
    /// (standard input) are read no further ahead than needed. A job must turn its own failures into a result.
    /// </param>
    /// <param name="write">Called on one dedicated thread, once per job, in the order of <paramref name="jobs"/>.</param>
    /// <param name="lookAhead">How many jobs may wait behind the one being written.</param>
    /// <exception cref="Exception">Whatever <paramref name="write"/> or the enumeration of <paramref name="jobs"/> threw; then no more jobs are started.</exception>
    public static void Run<TResult>(IEnumerable<Func<CancellationToken, TResult>> jobs, Action<TResult> write, int lookAhead)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(write);
        ArgumentOutOfRangeException.ThrowIfLessThan(lookAhead, 1);

        using var queue = new BlockingCollection<Task<TResult>>(lookAhead);
        using var stop = new CancellationTokenSource();

        // The writer has its own thread rather than the caller's, so that a result is written while the caller is
        // still blocked reading the next job from a stream that has not sent it yet.
        var writer = Task.Factory.StartNew(
            () => WriteInOrder(queue, write, stop),
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);
        try
        {
            foreach (var job in jobs)
            {
                queue.Add(Task.Run(() => job(stop.Token), stop.Token), stop.Token);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The writer failed and asked to stop; its exception is the one rethrown below.
        }
        finally
        {
            queue.CompleteAdding();

            // WaitAny waits without throwing: the writer must be done with the output before this method is left,
            // whichever side failed.
            Task.WaitAny(writer);
        }

        writer.GetAwaiter().GetResult();
    }

    private static void WriteInOrder<TResult>(
        BlockingCollection<Task<TResult>> queue, Action<TResult> write, CancellationTokenSource stop)
    {
        try
        {
            foreach (var pending in queue.GetConsumingEnumerable())
            {
                write(pending.GetAwaiter().GetResult());
            }
        }
        catch (Exception)
        {
            // Nobody will write what the jobs still in flight produce; stop them and the reading of more.
            stop.Cancel();
            throw;
        }
    }
}
