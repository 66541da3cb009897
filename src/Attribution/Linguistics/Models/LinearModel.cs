using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Attribution.Linguistics.Models;

/// <summary>
/// A trained linear classifier over hashed features: for each feature the model knows, a short sparse row of
/// (class, weight) pairs. Scoring adds the rows of the features present; the best class is the highest sum. The
/// table is read-only after loading and shared by every thread. Features the model never saw cost one probe.
/// </summary>
/// <remarks>
/// Scoring is bound by memory, not arithmetic: a model is megabytes and each feature touches a slot and a row in
/// it. So a slot holds key and row position together (one cache line), rows hold class and weight together, and
/// <see cref="Score"/> first asks the memory for every slot, then for every row, before adding anything, so the
/// misses overlap instead of following one another. Weights are 16-bit integers with one scale per model: exact
/// integer sums, half the bytes of floats.
/// </remarks>
internal sealed unsafe class LinearModel
{
    private const uint Magic = 0x4D4C5441; // "ATLM"
    private const ushort Version = 2;
    private const int MaxFeatures = 256;

    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly int mask;

    private LinearModel(int classCount, Slot[] slots, Entry[] entries, float scale, int featureCount)
    {
        ClassCount = classCount;
        this.slots = slots;
        this.entries = entries;
        Scale = scale;
        FeatureCount = featureCount;
        mask = slots.Length - 1;
    }

    public int ClassCount { get; }

    /// <summary>How many features have a row.</summary>
    public int FeatureCount { get; }

    /// <summary>How many (feature, class) weights the rows hold.</summary>
    public int WeightCount => entries.Length;

    /// <summary>The weight one integer unit stands for.</summary>
    public float Scale { get; }

    /// <summary>
    /// Adds the rows of <paramref name="features"/> to <paramref name="scores"/> (one per class), in integer units of
    /// <see cref="Scale"/>.
    /// </summary>
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        var count = Math.Min(features.Length, MaxFeatures);
        var found = stackalloc int[count];
        fixed (Slot* table = slots)
        fixed (Entry* rows = entries)
        {
            if (Sse.IsSupported)
            {
                for (var i = 0; i < count; i++)
                {
                    Sse.Prefetch0(table + ((int)(features[i] >> 40) & mask));
                }
            }

            for (var i = 0; i < count; i++)
            {
                var key = features[i];
                var slot = (int)(key >> 40) & mask;
                while (true)
                {
                    var probe = table[slot].Key;
                    if (probe == key)
                    {
                        found[i] = slot;
                        if (Sse.IsSupported)
                        {
                            Sse.Prefetch0(rows + table[slot].Start);
                        }

                        break;
                    }

                    if (probe == 0)
                    {
                        found[i] = -1;
                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            ref var first = ref MemoryMarshal.GetReference(scores);
            for (var i = 0; i < count; i++)
            {
                if (found[i] < 0)
                {
                    continue;
                }

                var slot = table[found[i]];
                var row = rows + slot.Start;
                for (var e = 0; e < slot.Length; e++)
                {
                    Unsafe.Add(ref first, row[e].Class) += row[e].Weight;
                }
            }
        }
    }

    /// <summary>The index of the highest of <paramref name="scores"/> (the first on a tie).</summary>
    public static int Best<T>(ReadOnlySpan<T> scores)
        where T : struct, IComparisonOperators<T, T, bool>
    {
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Builds a model from rows: each feature key with its (class, weight) pairs. Weights are rounded to 16-bit
    /// integers on one scale that fits the largest.
    /// </summary>
    public static LinearModel FromRows(int classCount, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows)
    {
        var largest = 0f;
        foreach (var (_, row) in rows)
        {
            foreach (var (_, weight) in row)
            {
                largest = Math.Max(largest, Math.Abs(weight));
            }
        }

        var scale = largest > 0 ? largest / short.MaxValue : 1f;
        var quantized = new List<(ulong, (byte, short)[])>(rows.Count);
        foreach (var (key, row) in rows)
        {
            var q = new List<(byte, short)>(row.Length);
            foreach (var (cls, weight) in row)
            {
                var value = (short)Math.Round(weight / scale);
                if (value != 0)
                {
                    q.Add((cls, value));
                }
            }

            if (q.Count > 0)
            {
                quantized.Add((key, [.. q]));
            }
        }

        return Build(classCount, scale, quantized);
    }

    private static LinearModel Build(int classCount, float scale, IReadOnlyList<(ulong Key, (byte Class, short Weight)[] Row)> rows)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        var slots = new Slot[capacity];
        var entries = new Entry[rows.Sum(r => r.Row.Length)];
        var next = 0;
        foreach (var (key, row) in rows)
        {
            if (key == 0 || row.Length > ushort.MaxValue)
            {
                throw new ArgumentException("a feature key is 0 or its row too long", nameof(rows));
            }

            var slot = (int)(key >> 40) & (capacity - 1);
            while (slots[slot].Key != 0)
            {
                if (slots[slot].Key == key)
                {
                    throw new ArgumentException("a feature key appears twice", nameof(rows));
                }

                slot = (slot + 1) & (capacity - 1);
            }

            slots[slot] = new Slot { Key = key, Start = next, Length = (ushort)row.Length };
            foreach (var (cls, weight) in row)
            {
                if (cls >= classCount)
                {
                    throw new ArgumentException("a class is out of range", nameof(rows));
                }

                entries[next++] = new Entry { Class = cls, Weight = weight };
            }
        }

        return new LinearModel(classCount, slots, entries, scale, rows.Count);
    }

    /// <summary>
    /// The same model without the features whose largest weight is below <paramref name="threshold"/> (in weight
    /// units): those that seldom or never decide a class. Most of a perceptron's features are such, and dropping them
    /// makes the model smaller and faster at a small cost in accuracy. Within the rows kept, weights below
    /// <paramref name="weightThreshold"/> go too.
    /// </summary>
    public LinearModel Pruned(float threshold, float weightThreshold = 0)
    {
        var rows = new List<(ulong, (byte, float)[])>();
        foreach (var slot in slots)
        {
            if (slot.Key == 0)
            {
                continue;
            }

            var row = new (byte, float)[slot.Length];
            var largest = 0f;
            for (var e = 0; e < slot.Length; e++)
            {
                var entry = entries[slot.Start + e];
                row[e] = (entry.Class, entry.Weight * Scale);
                largest = Math.Max(largest, Math.Abs(row[e].Item2));
            }

            if (largest >= threshold)
            {
                rows.Add((slot.Key, [.. row.Where(e => Math.Abs(e.Item2) >= weightThreshold)]));
            }
        }

        rows.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return FromRows(ClassCount, rows);
    }

    /// <summary>
    /// Writes the model: a header with the scale, then the features in key order, each with its row. The same model
    /// always gives the same bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var order = Enumerable.Range(0, slots.Length).Where(s => slots[s].Key != 0).OrderBy(s => slots[s].Key).ToArray();
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ushort)ClassCount);
        writer.Write(Scale);
        writer.Write(order.Length);
        foreach (var s in order)
        {
            writer.Write(slots[s].Key);
            writer.Write(slots[s].Length);
        }

        foreach (var s in order)
        {
            for (var e = slots[s].Start; e < slots[s].Start + slots[s].Length; e++)
            {
                writer.Write(entries[e].Class);
            }
        }

        foreach (var s in order)
        {
            for (var e = slots[s].Start; e < slots[s].Start + slots[s].Length; e++)
            {
                writer.Write(entries[e].Weight);
            }
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a model of this version.</exception>
    public static LinearModel Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic || reader.ReadUInt16() != Version)
        {
            throw new InvalidDataException($"not a linear model of version {Version}");
        }

        int classCount = reader.ReadUInt16();
        var scale = reader.ReadSingle();
        var count = reader.ReadInt32();
        if (count < 0 || !float.IsFinite(scale))
        {
            throw new InvalidDataException("a linear model's header is damaged");
        }

        var keys = new ulong[count];
        var lengths = new ushort[count];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            lengths[i] = reader.ReadUInt16();
            total += lengths[i];
        }

        var classes = reader.ReadBytes(total);
        var weights = new short[total];
        for (var e = 0; e < total; e++)
        {
            weights[e] = reader.ReadInt16();
        }

        var rows = new (ulong, (byte, short)[])[count];
        var offset = 0;
        for (var i = 0; i < count; i++)
        {
            var row = new (byte, short)[lengths[i]];
            for (var k = 0; k < row.Length; k++)
            {
                row[k] = (classes[offset + k], weights[offset + k]);
            }

            offset += row.Length;
            rows[i] = (keys[i], row);
        }

        return Build(classCount, scale, rows);
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public ushort Length;
    }

    private struct Entry
    {
        public byte Class;
        public short Weight;
    }
}
