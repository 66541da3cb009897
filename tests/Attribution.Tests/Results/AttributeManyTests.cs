using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Attribution.Tests.Results;

/// <summary>
/// The streaming batch API: results in input order, each as soon as it and those before it are ready, no more than a
/// window of items read ahead, the source read on a thread of its own, and an early stop that stops the reading.
/// </summary>
public sealed class AttributeManyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly QuoteAttributor Attributor = new();

    private static List<string> CorpusTexts { get; } =
        [.. Directory.GetFiles(CorpusFiles.Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    [Fact]
    public void Results_come_in_input_order_and_equal_single_calls()
    {
        var results = Attributor.AttributeMany(CorpusTexts).ToList();

        Assert.Equal(CorpusTexts.Count, results.Count);
        for (var i = 0; i < CorpusTexts.Count; i++)
        {
            Assert.Equal(Attributor.Attribute(CorpusTexts[i]).Quotes, results[i].Quotes);
        }
    }

    [Fact]
    public async Task The_asynchronous_stream_gives_the_same_results_in_the_same_order()
    {
        var results = new List<AttributionResult>();
        await foreach (var result in Attributor.AttributeManyAsync(Stream(CorpusTexts)))
        {
            results.Add(result);
        }

        Assert.Equal(CorpusTexts.Count, results.Count);
        for (var i = 0; i < CorpusTexts.Count; i++)
        {
            Assert.Equal(Attributor.Attribute(CorpusTexts[i]).Quotes, results[i].Quotes);
        }
    }

    [Fact]
    public void Results_keep_the_input_order_when_later_items_finish_first()
    {
        const int count = 12;
        var done = Enumerable.Range(0, count).Select(_ => new ManualResetEventSlim(false)).ToArray();
        var finished = new ConcurrentQueue<int>();

        var results = Attributor.AttributeMany(
            Enumerable.Range(0, count),
            i => i % 2 == 0 ? "“Even,” Ann Lee said." : "“Odd,” Bo Tarn said.",
            (i, _) =>
            {
                // Every even item waits for the odd one after it, so each pair finishes in reverse order.
                if (i % 2 == 0)
                {
                    Assert.True(done[i + 1].Wait(Patience));
                }

                finished.Enqueue(i);
                done[i].Set();
                return i;
            },
            maxDegreeOfParallelism: 4).ToList();

        Assert.Equal(Enumerable.Range(0, count), results);
        Assert.NotEqual(Enumerable.Range(0, count), finished);
        Array.ForEach(done, e => e.Dispose());
    }

    [Fact]
    public void No_more_than_four_items_a_thread_are_read_while_the_consumer_is_busy()
    {
        const int degree = 2;
        var pulled = 0;
        IEnumerable<string> Texts()
        {
            for (var i = 0; i < 100; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return "“Yes,” Ann Lee said.";
            }
        }

        using var results = Attributor.AttributeMany(Texts(), degree).GetEnumerator();
        Assert.True(results.MoveNext());

        // The consumer holds the first result: four a thread in flight, and one read item waiting for room.
        var bound = 1 + (4 * degree) + 1;
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref pulled) == bound, Patience));
        Thread.Sleep(200);
        Assert.Equal(bound, Volatile.Read(ref pulled));

        var count = 1;
        while (results.MoveNext())
        {
            count++;
        }

        Assert.Equal(100, count);
    }

    [Fact]
    public void A_result_is_handed_out_before_the_next_item_is_even_read()
    {
        using var firstTaken = new ManualResetEventSlim(false);
        IEnumerable<string> Stream()
        {
            yield return "“First,” Ann Lee said.";

            // Like a caller who sends the next line only after reading the answer to the first: a batch that handed
            // out results only after reading on would never get here.
            Assert.True(firstTaken.Wait(Patience), "the first result was not handed out while the source waited");
            yield return "“Second,” Ann Lee said.";
        }

        var texts = new List<string>();
        foreach (var result in Attributor.AttributeMany(Stream()))
        {
            texts.Add(result.Quotes[0].Text);
            firstTaken.Set();
        }

        Assert.Equal(["First,", "Second,"], texts);
    }

    [Fact]
    public void Stopping_early_stops_the_reading_and_ends_the_source()
    {
        var pulled = 0;
        using var disposed = new ManualResetEventSlim(false);
        IEnumerable<string> Texts()
        {
            try
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    Interlocked.Increment(ref pulled);
                    yield return "“Yes,” Ann Lee said.";
                }
            }
            finally
            {
                disposed.Set();
            }
        }

        var first = Attributor.AttributeMany(Texts(), maxDegreeOfParallelism: 2).First();

        Assert.Equal("Yes,", first.Quotes[0].Text);
        Assert.True(disposed.Wait(Patience), "the source was not ended after the consumer stopped");
        Assert.InRange(Volatile.Read(ref pulled), 1, 1 + (4 * 2) + 1);
    }

    [Fact]
    public void A_failing_item_comes_out_in_its_place_after_the_results_before_it()
    {
        var seen = new List<int>();

        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var n in Attributor.AttributeMany(Enumerable.Range(0, 50), i => i == 7 ? throw new InvalidOperationException("unreadable 7") : "“Hi,” Ann Lee said.", (i, _) => i))
            {
                seen.Add(n);
            }
        });

        Assert.Equal("unreadable 7", e.Message);
        Assert.Equal(Enumerable.Range(0, 7), seen);
    }

    [Fact]
    public void A_failing_source_comes_out_after_what_it_gave()
    {
        IEnumerable<string> Texts()
        {
            yield return "“One,” Ann Lee said.";
            yield return "“Two,” Ann Lee said.";
            throw new IOException("input gone");
        }

        var seen = new List<string>();

        var e = Assert.Throws<IOException>(() =>
        {
            foreach (var result in Attributor.AttributeMany(Texts()))
            {
                seen.Add(result.Quotes[0].Text);
            }
        });

        Assert.Equal("input gone", e.Message);
        Assert.Equal(["One,", "Two,"], seen);
    }

    [Fact]
    public void A_null_or_too_long_text_is_an_argument_exception_in_its_place()
    {
        var small = new QuoteAttributor(new AttributionOptions { MaxInputLength = 40 });

        var afterNull = new List<AttributionResult>();
        Assert.Throws<ArgumentException>(() => afterNull.AddRange(small.AttributeMany(["“Hi,” she said.", null!, "x"])));
        Assert.Single(afterNull);

        Assert.Throws<ArgumentException>(() => small.AttributeMany(["“Hi,” she said.", new string('a', 41)]).ToList());
    }

    [Fact]
    public void An_item_without_text_is_passed_on_unattributed()
    {
        var results = Attributor.AttributeMany(
            ["“Hi,” Ann Lee said.", "unreadable", "“Bye,” Ann Lee said."],
            name => name == "unreadable" ? null : name,
            (name, result) => (name, result)).ToList();

        Assert.Null(results[1].result);
        Assert.Equal("Hi,", results[0].result!.Quotes[0].Text);
        Assert.Equal("Bye,", results[2].result!.Quotes[0].Text);
    }

    [Fact]
    public void The_degree_of_parallelism_bounds_the_items_worked_on_at_once()
    {
        var running = 0;
        var most = 0;
        var results = Attributor.AttributeMany(
            Enumerable.Range(0, 40),
            i =>
            {
                var now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.Sleep(2);
                return "“Hi,” Ann Lee said.";
            },
            (i, _) =>
            {
                Interlocked.Decrement(ref running);
                return i;
            },
            maxDegreeOfParallelism: 1).ToList();

        Assert.Equal(Enumerable.Range(0, 40), results);
        Assert.Equal(1, most);
    }

    [Fact]
    public void A_cancelled_token_stops_the_batch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Attributor.AttributeMany(CorpusTexts, cancellationToken: cancelled.Token).ToList());
    }

    [Fact]
    public async Task Cancelling_the_asynchronous_stream_stops_it()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Attributor.AttributeManyAsync(Forever()).WithCancellation(cancel.Token))
            {
                if (++seen == 3)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.InRange(seen, 3, 3 + (4 * Environment.ProcessorCount) + 1);
    }

    [Fact]
    public void Bad_arguments_are_refused_at_once()
    {
        Assert.Throws<ArgumentNullException>(() => Attributor.AttributeMany(null!));
        Assert.Throws<ArgumentNullException>(() => Attributor.AttributeManyAsync(null!));
        Assert.Throws<ArgumentNullException>(() => Attributor.AttributeMany<int, int>([1], null!, (_, _) => 0));
        Assert.Throws<ArgumentNullException>(() => Attributor.AttributeMany<int, int>([1], _ => "", null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => Attributor.AttributeMany(["x"], maxDegreeOfParallelism: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Attributor.AttributeManyAsync(Stream(["x"]), maxDegreeOfParallelism: -2));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }

    private static async IAsyncEnumerable<string> Stream(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            await Task.Yield();
            yield return text;
        }
    }

    private static async IAsyncEnumerable<string> Forever([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return "“Again,” Ann Lee said.";
        }
    }
}
