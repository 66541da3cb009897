using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>
/// A growable list over arrays from <see cref="WorkArrays{T}"/> (pooled up to about a megabyte). The per-call working
/// data of one attribution (tokens, sentences, flags per token) is as large as the input; renting it instead of
/// allocating it keeps the garbage collector out of the hot path. Read it only through <see cref="AsSpan"/>: the rented array is longer
/// than <see cref="Count"/> and holds stale items past it. Not thread-safe; dispose it once, when the call is over.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items;

    public PooledList(int capacity = 16) => items = WorkArrays<T>.Rent(Math.Max(capacity, 16));

    public int Count { get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(T item)
    {
        var count = Count;
        if ((uint)count < (uint)items.Length)
        {
            items[count] = item;
            Count = count + 1;
            return;
        }

        AddWithResize(item);
    }

    public void Clear() => Count = 0;

    /// <summary>The number of items the list holds before it must grow.</summary>
    public int Capacity => items.Length;

    /// <summary>Makes room, in one step, for the items still to come at the rate so far (see <see cref="Growth.Projected"/>).</summary>
    public void Anticipate(int added, int done, int total)
    {
        var capacity = Growth.Projected(Count, added, done, total, items.Length);
        if (capacity > 0)
        {
            Resize(capacity);
        }
    }

    public Span<T> AsSpan() => items.AsSpan(0, Count);

    /// <summary>A list of <paramref name="count"/> items, each <paramref name="value"/>.</summary>
    public static PooledList<T> Filled(int count, T value)
    {
        var list = new PooledList<T>(count) { Count = count };
        list.items.AsSpan(0, count).Fill(value);
        return list;
    }

    public void Dispose()
    {
        var rented = items;
        items = [];
        Count = 0;
        WorkArrays<T>.Return(rented);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWithResize(T item)
    {
        ObjectDisposedException.ThrowIf(items.Length == 0, this);
        Resize((int)Math.Min(items.Length * 2L, Array.MaxLength));
        items[Count++] = item;
    }

    private void Resize(int capacity)
    {
        var larger = WorkArrays<T>.Rent(capacity);
        items.AsSpan(0, Count).CopyTo(larger);
        WorkArrays<T>.Return(items);
        items = larger;
    }
}
