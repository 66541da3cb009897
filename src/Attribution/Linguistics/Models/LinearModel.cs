using System.Numerics;
using System.Runtime.CompilerServices;

namespace Attribution.Linguistics.Models;

/// <summary>
/// A trained linear classifier over hashed features: for each feature the model knows, a short sparse row of
/// (class, weight) pairs. Scoring adds the rows of the features present; the best class is the highest sum. The
/// table is read-only after loading and shared by every thread. Features the model never saw cost one probe.
/// </summary>
internal sealed class LinearModel
{
    private const uint Magic = 0x4D4C5441; // "ATLM"
    private const ushort Version = 1;

    private readonly ulong[] keys;
    private readonly int[] rowStart;
    private readonly ushort[] rowLength;
    private readonly byte[] entryClass;
    private readonly float[] entryWeight;
    private readonly int mask;

    private LinearModel(int classCount, ulong[] keys, int[] rowStart, ushort[] rowLength, byte[] entryClass, float[] entryWeight)
    {
        ClassCount = classCount;
        this.keys = keys;
        this.rowStart = rowStart;
        this.rowLength = rowLength;
        this.entryClass = entryClass;
        this.entryWeight = entryWeight;
        mask = keys.Length - 1;
    }

    public int ClassCount { get; }

    /// <summary>How many features have a row.</summary>
    public int FeatureCount { get; private init; }

    /// <summary>How many (feature, class) weights the rows hold.</summary>
    public int WeightCount => entryWeight.Length;

    /// <summary>Adds the rows of <paramref name="features"/> to <paramref name="scores"/> (one per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var classes = entryClass;
        var weights = entryWeight;
        foreach (var feature in features)
        {
            var slot = Find(feature);
            if (slot < 0)
            {
                continue;
            }

            var start = rowStart[slot];
            var end = start + rowLength[slot];
            for (var e = start; e < end; e++)
            {
                scores[classes[e]] += weights[e];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ulong key)
    {
        var table = keys;
        var slot = (int)(key >> 40) & mask;
        while (true)
        {
            var found = table[slot];
            if (found == key)
            {
                return slot;
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>The index of the highest of <paramref name="scores"/> (the first on a tie).</summary>
    public static int Best(ReadOnlySpan<float> scores)
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

    /// <summary>Builds a model from rows: each feature key with its (class, weight) pairs.</summary>
    public static LinearModel FromRows(int classCount, IReadOnlyList<(ulong Key, (byte Class, float Weight)[] Row)> rows)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        var keys = new ulong[capacity];
        var rowStart = new int[capacity];
        var rowLength = new ushort[capacity];
        var total = rows.Sum(r => r.Row.Length);
        var entryClass = new byte[total];
        var entryWeight = new float[total];
        var next = 0;
        var model = new LinearModel(classCount, keys, rowStart, rowLength, entryClass, entryWeight) { FeatureCount = rows.Count };
        foreach (var (key, row) in rows)
        {
            if (key == 0 || row.Length > ushort.MaxValue)
            {
                throw new ArgumentException("a feature key is 0 or its row too long", nameof(rows));
            }

            var slot = (int)(key >> 40) & (capacity - 1);
            while (keys[slot] != 0)
            {
                if (keys[slot] == key)
                {
                    throw new ArgumentException("a feature key appears twice", nameof(rows));
                }

                slot = (slot + 1) & (capacity - 1);
            }

            keys[slot] = key;
            rowStart[slot] = next;
            rowLength[slot] = (ushort)row.Length;
            foreach (var (cls, weight) in row)
            {
                if (cls >= classCount)
                {
                    throw new ArgumentException("a class is out of range", nameof(rows));
                }

                entryClass[next] = cls;
                entryWeight[next] = weight;
                next++;
            }
        }

        return model;
    }

    /// <summary>
    /// Writes the model: a header, then the features in key order, each with its row; weights as half-precision
    /// floats, which keep the three significant digits a perceptron's averaged weights carry and halve the file.
    /// The same model always gives the same bytes.
    /// </summary>
    public void Write(BinaryWriter writer)
    {
        var slots = Enumerable.Range(0, keys.Length).Where(s => keys[s] != 0).OrderBy(s => keys[s]).ToArray();
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write((ushort)ClassCount);
        writer.Write(slots.Length);
        foreach (var slot in slots)
        {
            writer.Write(keys[slot]);
            writer.Write(rowLength[slot]);
        }

        foreach (var slot in slots)
        {
            for (var e = rowStart[slot]; e < rowStart[slot] + rowLength[slot]; e++)
            {
                writer.Write(entryClass[e]);
            }
        }

        foreach (var slot in slots)
        {
            for (var e = rowStart[slot]; e < rowStart[slot] + rowLength[slot]; e++)
            {
                writer.Write((Half)entryWeight[e]);
            }
        }
    }

    /// <exception cref="InvalidDataException">The stream does not hold a model of this version.</exception>
    public static LinearModel Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic || reader.ReadUInt16() != Version)
        {
            throw new InvalidDataException("not a linear model of version 1");
        }

        int classCount = reader.ReadUInt16();
        var count = reader.ReadInt32();
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
        var rows = new (ulong, (byte, float)[])[count];
        var offset = 0;
        var weights = new float[total];
        for (var e = 0; e < total; e++)
        {
            weights[e] = (float)reader.ReadHalf();
        }

        for (var i = 0; i < count; i++)
        {
            var row = new (byte, float)[lengths[i]];
            for (var k = 0; k < row.Length; k++)
            {
                row[k] = (classes[offset + k], weights[offset + k]);
            }

            offset += row.Length;
            rows[i] = (featureKeys[i], row);
        }

        return FromRows(classCount, rows);
    }
}
