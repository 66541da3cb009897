using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// The budget that keeps a batch's inputs in flight within the length limit: the reading thread waits while what
/// is read and not yet written weighs too much, one input heavier than the budget still goes alone, and closing it
/// lets a waiting reader go.
/// </summary>
public sealed class InFlightBudgetTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Moment = TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task A_take_that_does_not_fit_waits_until_the_oldest_is_given_back()
    {
        using var budget = new InFlightBudget(10);
        Assert.True(budget.Take(6));
        Assert.True(budget.Take(4));

        var third = Task.Run(() => budget.Take(3));
        Assert.False(await Finishes(third, Moment));

        budget.GiveBackOldest();
        Assert.True(await third.WaitAsync(Patience));
    }

    [Fact]
    public async Task An_input_heavier_than_the_budget_goes_alone()
    {
        using var budget = new InFlightBudget(10);
        Assert.True(budget.Take(50));

        var next = Task.Run(() => budget.Take(1));
        Assert.False(await Finishes(next, Moment));

        budget.GiveBackOldest();
        Assert.True(await next.WaitAsync(Patience));
    }

    [Fact]
    public async Task Closing_the_budget_lets_a_waiting_reader_go_with_no()
    {
        var budget = new InFlightBudget(10);
        Assert.True(budget.Take(10));
        var waiting = Task.Run(() => budget.Take(1));
        Assert.False(await Finishes(waiting, Moment));

        budget.Dispose();

        Assert.False(await waiting.WaitAsync(Patience));
        Assert.False(budget.Take(0));
    }

    [Theory]
    [InlineData(6, 1)]
    [InlineData(3, 3)]
    [InlineData(0, 30)]
    public async Task Readers_and_a_writer_never_hold_more_than_the_budget_unless_one_alone(int weight, int most)
    {
        // A reader thread taking as fast as it can and a writer giving back slowly, as a batch does.
        using var budget = new InFlightBudget(10);
        var inFlight = 0;
        var peak = 0;
        using var taken = new System.Collections.Concurrent.BlockingCollection<int>();
        var reader = Task.Run(() =>
        {
            for (var i = 0; i < 30; i++)
            {
                Assert.True(budget.Take(weight));
                var now = Interlocked.Increment(ref inFlight);
                var seen = Volatile.Read(ref peak);
                while (now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen)
                {
                    seen = Volatile.Read(ref peak);
                }

                taken.Add(i);
            }

            taken.CompleteAdding();
        });

        foreach (var _ in taken.GetConsumingEnumerable())
        {
            await Task.Delay(5);
            Interlocked.Decrement(ref inFlight);
            budget.GiveBackOldest();
        }

        await reader.WaitAsync(Patience);
        Assert.InRange(peak, 1, most);
    }

    private static async Task<bool> Finishes(Task task, TimeSpan within) =>
        await Task.WhenAny(task, Task.Delay(within)) == task;
}
