using System.Numerics;
using System.Runtime.CompilerServices;

namespace Attribution.Linguistics.Models;

/// <summary>
/// A read-only table from 64-bit hashes (word forms' <see cref="FeatureHash"/> values) to small values, built once
/// from the entries a model file holds and shared by every thread. Open addressing, a key's first slot being its top
/// bits: the files hold their keys in ascending order, so building walks the slots front to back in one sweep, where a
/// <see cref="System.Collections.Frozen.FrozenDictionary{TKey, TValue}"/> spent most of a tagger's load choosing its
/// buckets for 100,000 words. The keys are already well mixed, so nothing is rehashed.
/// </summary>
internal sealed class HashTable<TValue>
    where TValue : unmanaged
{
    // 0 marks an empty slot; a key of 0 (possible, if unlikely, for a hash) is kept aside.
    private readonly ulong[] keys;
    private readonly TValue[] values;
    private readonly int shift;
    private readonly bool hasZero;
    private readonly TValue zeroValue;

    /// <summary>Builds the table; a key that appears more than once keeps its first value.</summary>
    public HashTable(ReadOnlySpan<KeyValuePair<ulong, TValue>> entries)
    {
        // At most half full, so that a miss (most lookups: a word the table lacks) stops after a probe or two.
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Length * 2));
        keys = new ulong[capacity];
        values = new TValue[capacity];
        shift = 64 - BitOperations.Log2((uint)capacity);
        var mask = capacity - 1;
        foreach (var (key, value) in entries)
        {
            if (key == 0)
            {
                if (!hasZero)
                {
                    (hasZero, zeroValue) = (true, value);
                    Count++;
                }

                continue;
            }

            var slot = (int)(key >> shift);
            while (keys[slot] != 0 && keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            if (keys[slot] == 0)
            {
                (keys[slot], values[slot]) = (key, value);
                Count++;
            }
        }
    }

    /// <summary>How many keys the table holds.</summary>
    public int Count { get; }

    /// <summary>The value of <paramref name="key"/>, if the table holds it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out TValue value)
    {
        if (key == 0)
        {
            value = zeroValue;
            return hasZero;
        }

        var mask = keys.Length - 1;
        for (var slot = (int)(key >> shift); keys[slot] is var found && found != 0; slot = (slot + 1) & mask)
        {
            if (found == key)
            {
                value = values[slot];
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Every entry, in ascending key order (so that writing them back gives the same bytes).</summary>
    public IEnumerable<KeyValuePair<ulong, TValue>> InKeyOrder()
    {
        var entries = new List<KeyValuePair<ulong, TValue>>(Count);
        if (hasZero)
        {
            entries.Add(new(0, zeroValue));
        }

        for (var slot = 0; slot < keys.Length; slot++)
        {
            if (keys[slot] != 0)
            {
                entries.Add(new(keys[slot], values[slot]));
            }
        }

        entries.Sort((a, b) => a.Key.CompareTo(b.Key));
        return entries;
    }
}
