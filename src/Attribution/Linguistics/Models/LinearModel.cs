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
/// Scoring is bound by memory, not arithmetic: a model is megabytes and each feature touches an index slot and a row
/// in it. So an index slot is 8 bytes (a 32-bit fingerprint of the key beside the row's position; the slot's place
/// gives the key's other bits), a row is its length followed by its entries, each entry one integer holding class and
/// weight, and <see cref="Score"/> first asks the memory for every slot, then for every row, before adding anything,
/// so the misses overlap instead of following one another. Weights are 16-bit integers with one scale per model:
/// exact integer sums, half the bytes of floats. The full keys are kept apart, for writing the model back.
/// </remarks>
internal sealed unsafe class LinearModel
{
    private const uint Magic = 0x4D4C5441; // "ATLM"
    private const ushort Version = 2;
    private const int MaxFeatures = 256;

    // Slot: fingerprint (the key's high 32 bits) << 32 | (row offset + 1); 0 is empty.
    private readonly ulong[] index;

    // Row: its entry count, then the entries, each (class << 16) | (ushort)weight.
    private readonly int[] rows;

    // The full key and row offset of every feature, in key order, for Write and Pruned.
    private readonly ulong[] keys;
    private readonly int[] offsets;
    private readonly int mask;

    private LinearModel(int classCount, ulong[] index, int[] rows, ulong[] keys, int[] offsets, float scale, int weightCount)
    {
        ClassCount = classCount;
        this.index = index;
        this.rows = rows;
        this.keys = keys;
        this.offsets = offsets;
        Scale = scale;
        WeightCount = weightCount;
        mask = index.Length - 1;
    }

    public int ClassCount { get; }

    /// <summary>How many features have a row.</summary>
    public int FeatureCount => keys.Length;

    /// <summary>How many (feature, class) weights the rows hold.</summary>
    public int WeightCount { get; }

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
        fixed (ulong* table = index)
        fixed (int* data = rows)
        {
            if (Sse.IsSupported)
            {
                for (var i = 0; i < count; i++)
                {
                    Sse.Prefetch0(table + ((int)features[i] & mask));
                }
            }

            for (var i = 0; i < count; i++)
            {
                var key = features[i];
                var fingerprint = (uint)(key >> 32);
                var slot = (int)key & mask;
                found[i] = -1;
                while (table[slot] is var value && value != 0)
                {
                    if ((uint)(value >> 32) == fingerprint)
                    {
                        found[i] = (int)(uint)value - 1;
                        if (Sse.IsSupported)
                        {
                            Sse.Prefetch0(data + found[i]);
                        }

                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            ref var first = ref MemoryMarshal.GetReference(scores);
            for (var i = 0; i < count; i++)
            {
                var offset = found[i];
                if (offset < 0)
                {
                    continue;
                }

                var row = data + offset;
                var length = row[0];
                for (var e = 1; e <= length; e++)
                {
                    var entry = row[e];
                    Unsafe.Add(ref first, (int)((uint)entry >> 16)) += (short)entry;
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
        var sorted = rows.OrderBy(r => r.Key).ToArray();
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, sorted.Length * 2));
        var index = new ulong[capacity];
        var data = new int[sorted.Length + sorted.Sum(r => r.Row.Length)];
        var keys = new ulong[sorted.Length];
        var offsets = new int[sorted.Length];
        var next = 0;
        var weights = 0;
        for (var r = 0; r < sorted.Length; r++)
        {
            var (key, row) = sorted[r];
            if (key == 0 || (r > 0 && key == sorted[r - 1].Key))
            {
                throw new ArgumentException("a feature key is 0 or appears twice", nameof(rows));
            }

            keys[r] = key;
            offsets[r] = next;
            data[next] = row.Length;
            for (var e = 0; e < row.Length; e++)
            {
                var (cls, weight) = row[e];
                if (cls >= classCount)
                {
                    throw new ArgumentException("a class is out of range", nameof(rows));
                }

                data[next + 1 + e] = (cls << 16) | (ushort)weight;
            }

            var slot = (int)key & (capacity - 1);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            index[slot] = ((key >> 32) << 32) | (uint)(next + 1);
            next += 1 + row.Length;
            weights += row.Length;
        }

        return new LinearModel(classCount, index, data, keys, offsets, scale, weights);
    }

    /// <summary>
    /// The same model without the features whose largest weight is below <paramref name="threshold"/> (in weight
    /// units): those that seldom or never decide a class. Most of a perceptron's features are such, and dropping them
    /// makes the model smaller and faster at a small cost in accuracy. Within the rows kept, weights below
    /// <paramref name="weightThreshold"/> go too.
    /// </summary>
    public LinearModel Pruned(float threshold, float weightThreshold = 0)
    {
        var kept = new List<(ulong, (byte, float)[])>();
        for (var r = 0; r < keys.Length; r++)
        {
            var row = Row(r);
            if (row.Max(e => Math.Abs(e.Weight)) >= threshold)
            {
                kept.Add((keys[r], [.. row.Where(e => Math.Abs(e.Weight) >= weightThreshold)]));
            }
        }

        return FromRows(ClassCount, kept);
    }

    /// <summary>
    /// Writes the model: a header with the scale, then the features in key order, each with its row. The same model
    /// always gives the same bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ushort)ClassCount);
        writer.Write(Scale);
        writer.Write(keys.Length);
        for (var r = 0; r < keys.Length; r++)
        {
            writer.Write(keys[r]);
            writer.Write((ushort)rows[offsets[r]]);
        }

        for (var r = 0; r < keys.Length; r++)
        {
            for (var e = 1; e <= rows[offsets[r]]; e++)
            {
                writer.Write((byte)((uint)rows[offsets[r] + e] >> 16));
            }
        }

        for (var r = 0; r < keys.Length; r++)
        {
            for (var e = 1; e <= rows[offsets[r]]; e++)
            {
                writer.Write((short)rows[offsets[r] + e]);
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

        var featureKeys = new ulong[count];
        var lengths = new ushort[count];
        var total = 0;
        for (var i = 0; i < count; i++)
        {
            featureKeys[i] = reader.ReadUInt64();
            lengths[i] = reader.ReadUInt16();
            total += lengths[i];
        }

        var classes = reader.ReadBytes(total);
        if (classes.Length != total)
        {
            throw new EndOfStreamException("a linear model ends inside its rows");
        }

        var weights = new short[total];
        if (BitConverter.IsLittleEndian)
        {
            // The file is little-endian, as the machine is: the weights load in one read, not one call each.
            reader.BaseStream.ReadExactly(System.Runtime.InteropServices.MemoryMarshal.AsBytes(weights.AsSpan()));
        }
        else
        {
            for (var e = 0; e < total; e++)
            {
                weights[e] = reader.ReadInt16();
            }
        }

        return FromSorted(classCount, scale, featureKeys, lengths, classes, weights);
    }

    /// <summary>
    /// Builds the tables straight from a file's columns, which hold the features in key order: no row is copied out
    /// on its own, so the shipped models load in one pass over their bytes.
    /// </summary>
    private static LinearModel FromSorted(int classCount, float scale, ulong[] keys, ushort[] lengths, byte[] classes, short[] weights)
    {
        var count = keys.Length;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var index = new ulong[capacity];
        var data = new int[count + weights.Length];
        var offsets = new int[count];
        var next = 0;
        var entry = 0;
        for (var r = 0; r < count; r++)
        {
            var key = keys[r];
            if (key == 0 || (r > 0 && key <= keys[r - 1]))
            {
                throw new InvalidDataException("a linear model's features are out of order or repeated");
            }

            offsets[r] = next;
            int length = lengths[r];
            data[next] = length;
            for (var e = 0; e < length; e++, entry++)
            {
                var cls = classes[entry];
                if (cls >= classCount)
                {
                    throw new InvalidDataException("a linear model's class is out of range");
                }

                data[next + 1 + e] = (cls << 16) | (ushort)weights[entry];
            }

            var slot = (int)key & (capacity - 1);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            index[slot] = ((key >> 32) << 32) | (uint)(next + 1);
            next += 1 + length;
        }

        return new LinearModel(classCount, index, data, keys, offsets, scale, weights.Length);
    }

    private (byte Class, float Weight)[] Row(int r)
    {
        var offset = offsets[r];
        var row = new (byte, float)[rows[offset]];
        for (var e = 0; e < row.Length; e++)
        {
            var entry = rows[offset + 1 + e];
            row[e] = ((byte)((uint)entry >> 16), (short)entry * Scale);
        }

        return row;
    }
}
