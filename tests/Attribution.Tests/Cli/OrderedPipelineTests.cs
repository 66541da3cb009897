using Attribution.Cli;

namespace Attribution.Tests.Cli;

public sealed class OrderedPipelineTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public void Results_are_written_in_job_order_even_when_later_jobs_finish_first()
    {
        const int count = 12;
        var done = Enumerable.Range(0, count).Select(_ => new ManualResetEventSlim(false)).ToArray();
        var finished = new System.Collections.Concurrent.ConcurrentQueue<int>();
        var jobs = Enumerable.Range(0, count).Select(i => (Func<CancellationToken, int>)(cancellationToken =>
        {
            // Every even job waits for the odd one after it, so each pair finishes in reverse order.
            if (i % 2 == 0)
            {
                Assert.True(done[i + 1].Wait(Patience, cancellationToken));
            }

            finished.Enqueue(i);
            done[i].Set();
            return i;
        }));
        var written = new List<int>();

        OrderedPipeline.Run(jobs, written.Add, lookAhead: count);

        Assert.Equal(Enumerable.Range(0, count), written);
        Assert.NotEqual(Enumerable.Range(0, count), finished);
        Array.ForEach(done, e => e.Dispose());
    }

    [Fact]
    public async Task No_more_than_the_look_ahead_is_read_while_the_writer_is_busy()
    {
        const int lookAhead = 3;
        var pulled = 0;
        using var writerBusy = new ManualResetEventSlim(false);
        IEnumerable<Func<CancellationToken, int>> Jobs()
        {
            for (var i = 0; i < 100; i++)
            {
                Interlocked.Increment(ref pulled);
                var n = i;
                yield return _ => n;
            }
        }

        var written = new List<int>();
        var run = Task.Run(() => OrderedPipeline.Run(Jobs(), n =>
        {
            writerBusy.Wait(Patience);
            written.Add(n);
        }, lookAhead));

        // One job in the writer's hands, the look-ahead queued, and one read job waiting for room.
        const int bound = lookAhead + 2;
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref pulled) == bound, Patience));
        Thread.Sleep(200);
        Assert.Equal(bound, Volatile.Read(ref pulled));

        writerBusy.Set();
        await run.WaitAsync(Patience);
        Assert.Equal(Enumerable.Range(0, 100), written);
    }

    [Fact]
    public void A_result_is_written_before_the_next_job_is_even_read()
    {
        using var firstWritten = new ManualResetEventSlim(false);
        IEnumerable<Func<CancellationToken, string>> Jobs()
        {
            yield return _ => "first";

            // Like a stream whose next line only comes after the answer to the first: a pipeline that wrote only
            // after reading on would never see it.
            Assert.True(firstWritten.Wait(Patience), "the first result was not written while the reader waited");
            yield return _ => "second";
        }

        var written = new List<string>();
        OrderedPipeline.Run(Jobs(), result =>
        {
            written.Add(result);
            firstWritten.Set();
        }, lookAhead: 8);

        Assert.Equal(["first", "second"], written);
    }

    [Fact]
    public void A_failing_writer_stops_the_reading_of_jobs_and_its_exception_comes_out()
    {
        const int lookAhead = 2;
        var pulled = 0;
        IEnumerable<Func<CancellationToken, int>> Jobs()
        {
            for (var i = 0; i < 10_000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return _ => 0;
            }
        }

        var e = Assert.Throws<IOException>(() =>
            OrderedPipeline.Run<int>(Jobs(), _ => throw new IOException("Broken pipe"), lookAhead));

        Assert.Equal("Broken pipe", e.Message);
        Assert.InRange(Volatile.Read(ref pulled), 1, lookAhead + 2);
    }

    [Fact]
    public void A_failing_reader_comes_out_after_what_was_read_is_written()
    {
        IEnumerable<Func<CancellationToken, int>> Jobs()
        {
            yield return _ => 1;
            yield return _ => 2;
            throw new InvalidOperationException("input gone");
        }

        var written = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() => OrderedPipeline.Run(Jobs(), written.Add, lookAhead: 4));

        Assert.Equal("input gone", e.Message);
        Assert.Equal([1, 2], written);
    }
}
