namespace Attribution.Cli;

/// <summary>
/// Bounds what a batch holds in memory by the size of its inputs, not by their number: the reading thread takes an
/// input's weight (its characters or bytes) before handing it on, waiting while the inputs read and not yet written
/// weigh too much together, and the writing thread gives the weight back once the input is written. One input heavier
/// than the budget still goes, alone. Without it, eight inputs of the maximum length in flight (the window of a
/// two-core machine) held eight times the memory of one.
/// </summary>
/// <param name="maxWeight">What the inputs in flight may weigh together: the attributor's length limit.</param>
internal sealed class InFlightBudget(long maxWeight) : IDisposable
{
    // An object, not a Lock: the reader waits on it with Monitor.Wait.
    private readonly object gate = new();
    private readonly Queue<long> taken = new();
    private long inFlight;
    private bool closed;

    /// <summary>Waits until <paramref name="weight"/> fits beside the inputs in flight, or none is in flight.</summary>
    /// <returns>False once the budget is closed (the writer has stopped): read no more.</returns>
    public bool Take(long weight)
    {
        lock (gate)
        {
            while (!closed && inFlight > 0 && inFlight + weight > maxWeight)
            {
                Monitor.Wait(gate);
            }

            if (closed)
            {
                return false;
            }

            inFlight += weight;
            taken.Enqueue(weight);
            return true;
        }
    }

    /// <summary>Gives back the weight of the oldest input taken and not yet given back: inputs are written in order.</summary>
    public void GiveBackOldest()
    {
        lock (gate)
        {
            if (taken.TryDequeue(out var weight))
            {
                inFlight -= weight;
                Monitor.PulseAll(gate);
            }
        }
    }

    /// <summary>Closes the budget, so that a reader waiting for room stops instead of waiting for ever.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            closed = true;
            Monitor.PulseAll(gate);
        }
    }
}
