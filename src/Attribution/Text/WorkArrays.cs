using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Attribution.Text;

/// <summary>
/// Where a call's token-sized tables come from: <see cref="ArrayPool{T}.Shared"/> for the sizes an article needs,
/// a plain array beyond that. The shared pool keeps what it is given back, so pooling the tables of one 50 MB text
/// would leave hundreds of megabytes held by the process after the call (the pool keeps
/// arrays of up to a gigabyte); a plain array is the garbage collector's
/// as soon as the call is over, and what a call allocates is then what it used.
/// </summary>
internal static class WorkArrays<T>
{
    // A megabyte: the tables of a text of up to a few hundred kilobytes (an article, a batch of them joined) are
    // pooled. At a quarter of that, the token and word tables of 100 KB of news were allocated afresh on every call,
    // on the large-object heap, and their collections cost more than the pool keeps (a few megabytes a thread).
    private const int MaxPooledBytes = 1 << 20;

    /// <summary>The longest array that goes to the pool: a power of two, as the pool's own sizes are.</summary>
    public static readonly int MaxPooledLength = (int)BitOperations.RoundUpToPowerOf2((uint)(MaxPooledBytes / Unsafe.SizeOf<T>()) + 1) / 2;

    /// <summary>An array of at least <paramref name="length"/> items, with stale items in it.</summary>
    public static T[] Rent(int length) =>
        length <= MaxPooledLength ? ArrayPool<T>.Shared.Rent(length) : GC.AllocateUninitializedArray<T>(length);

    /// <summary>Gives back an array from <see cref="Rent"/>; it must not be used afterwards.</summary>
    public static void Return(T[] array)
    {
        if (array.Length > 0 && array.Length <= MaxPooledLength)
        {
            ArrayPool<T>.Shared.Return(array, RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        }
    }
}
