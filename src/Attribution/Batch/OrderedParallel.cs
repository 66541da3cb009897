using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Attribution.Batch;

/// <summary>
/// Maps a stream of items on several threads and hands the results back in the order of the items, each as soon as
/// it and every one before it are done, holding no more than a fixed window of items at once.
/// </summary>
/// <remarks>
/// The source is read on a thread of its own, never the consumer's, so that a result is handed out while the next
/// item is still awaited from a slow stream (a caller may send a line and wait for its answer before sending more).
/// When the consumer stops early (breaks out of its loop, or throws), the work in flight is cancelled and no more
/// items are read: the source is left at the item being read.
/// </remarks>
internal static class OrderedParallel
{
    /// <summary>Items read ahead per thread: enough to keep every thread busy when items differ in size.</summary>
    public const int WindowPerThread = 4;

    public static int DegreeOrDefault(int maxDegreeOfParallelism)
    {
        if (maxDegreeOfParallelism == -1)
        {
            return Environment.ProcessorCount;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism;
    }

    public static IEnumerable<TResult> Map<TSource, TResult>(
        IEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> map, int degree, CancellationToken cancellationToken)
    {
        var run = new Run<TResult>(degree, cancellationToken);
        try
        {
            // A dedicated thread: the source may block (standard input), which must not hold up a pool thread.
            _ = Task.Factory.StartNew(
                () => run.Feed(sources, map),
                CancellationToken.None,
                TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
                TaskScheduler.Default);

            while (run.Pending.Reader.WaitToReadAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult())
            {
                while (run.Pending.Reader.TryRead(out var pending))
                {
                    var result = pending.GetAwaiter().GetResult();
                    run.Window.Release();
                    yield return result;
                }
            }
        }
        finally
        {
            run.Stop();
        }
    }

    public static async IAsyncEnumerable<TResult> MapAsync<TSource, TResult>(
        IAsyncEnumerable<TSource> sources,
        Func<TSource, CancellationToken, TResult> map,
        int degree,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var run = new Run<TResult>(degree, cancellationToken);
        try
        {
            _ = Task.Run(() => run.FeedAsync(sources, map), CancellationToken.None);
            await foreach (var pending in run.Pending.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                var result = await pending.ConfigureAwait(false);
                run.Window.Release();
                yield return result;
            }
        }
        finally
        {
            run.Stop();
        }
    }

    /// <summary>One enumeration's state: the tasks in input order, the window, and the stop signal.</summary>
    /// <remarks>
    /// The stop source is never disposed: the feeder may still read its token after the consumer has gone, and a
    /// source without a timer or wait handle holds nothing that needs it.
    /// </remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "See remarks: disposing would race the feeder.")]
    private sealed class Run<TResult>
    {
        private readonly CancellationTokenSource stop = new();
        private readonly CancellationTokenRegistration callerCancels;
        private readonly TaskScheduler scheduler;

        public Run(int degree, CancellationToken cancellationToken)
        {
            // Registered by hand rather than linked, so that Stop can unregister it while the feeder may still be
            // using the stop token: a caller's long-lived token must not collect one registration per batch.
            callerCancels = cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), stop);
            scheduler = degree >= Environment.ProcessorCount
                ? TaskScheduler.Default
                : new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
            Window = new SemaphoreSlim(WindowPerThread * degree);
        }

        /// <summary>Started tasks, in input order; the window bounds how many are neither handed out nor read past.</summary>
        public Channel<Task<TResult>> Pending { get; } =
            Channel.CreateUnbounded<Task<TResult>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });

        public SemaphoreSlim Window { get; }

        public void Feed<TSource>(IEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> map)
        {
            try
            {
                foreach (var source in sources)
                {
                    Window.Wait(stop.Token);
                    Start(source, map);
                }
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                Pending.Writer.TryComplete();
            }
        }

        public async Task FeedAsync<TSource>(IAsyncEnumerable<TSource> sources, Func<TSource, CancellationToken, TResult> map)
        {
            try
            {
                await foreach (var source in sources.WithCancellation(stop.Token).ConfigureAwait(false))
                {
                    await Window.WaitAsync(stop.Token).ConfigureAwait(false);
                    Start(source, map);
                }
            }
            catch (Exception e)
            {
                Fail(e);
            }
            finally
            {
                Pending.Writer.TryComplete();
            }
        }

        /// <summary>Cancels the work in flight and the reading of more; the consumer is gone or has failed.</summary>
        public void Stop()
        {
            callerCancels.Dispose();
            stop.Cancel();
            Pending.Writer.TryComplete();
        }

        private void Start<TSource>(TSource source, Func<TSource, CancellationToken, TResult> map)
        {
            var token = stop.Token;
            var task = Task.Factory.StartNew(() => map(source, token), token, TaskCreationOptions.DenyChildAttach, scheduler);

            // Refused only after Stop, whose cancellation the task already sees.
            _ = Pending.Writer.TryWrite(task);
        }

        /// <summary>
        /// The source failed: its exception takes the place of the next result, after every result before it, as an
        /// exception of a map would. After <see cref="Stop"/> the channel is complete and nothing is written.
        /// </summary>
        private void Fail(Exception e) =>
            Pending.Writer.TryWrite(e is OperationCanceledException && stop.IsCancellationRequested
                ? Task.FromCanceled<TResult>(stop.Token)
                : Task.FromException<TResult>(e));
    }
}
