using System.Buffers;
using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>
/// A growable list over arrays rented from <see cref="ArrayPool{T}.Shared"/>. The per-call working data of one
/// attribution (tokens, sentences, flags per token) is as large as the input; renting it instead of allocating it keeps
/// the garbage collector out of the hot path. Read it only through <see cref="AsSpan"/>: the rented array is longer
/// than <see cref="Count"/> and holds stale items past it. Not thread-safe; dispose it once, when the call is over.
/// </summary>
internal sealed class PooledList<T> : IDisposable
{
    private T[] items;

    public PooledList(int capacity = 16) => items = ArrayPool<T>.Shared.Rent(Math.Max(capacity, 16));

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
        if (rented.Length > 0)
        {
            ArrayPool<T>.Shared.Return(rented, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AddWithResize(T item)
    {
        ObjectDisposedException.ThrowIf(items.Length == 0, this);
        var larger = ArrayPool<T>.Shared.Rent(items.Length * 2);
        items.AsSpan(0, Count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(items, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        items = larger;
        items[Count++] = item;
    }
}
