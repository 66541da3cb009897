using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Attribution.Linguistics.Models;

/// <summary>
/// A trained linear classifier over hashed features: for each feature the model knows, a row of class weights.
/// Scoring adds the rows of the features present; the best class is the highest sum. The table is read-only after
/// loading and shared by every thread. Features the model never saw cost one probe.
/// </summary>
/// <remarks>
/// Scoring is bound by memory and by the adding: a model is megabytes, each feature touches an index slot and a row,
/// and the frequent features (a tag, a tag pair) have a weight for most classes. So an index slot is 8 bytes (a 32-bit
/// fingerprint of the key beside where its row is; the slot's place gives the key's other bits), and a row is kept in
/// one of two forms, whichever is smaller: sparse, its length followed by its entries, each one integer holding class
/// and weight; or dense, one 16-bit weight per class (zero for the classes it lacks), 32-byte aligned, which vector
/// instructions add eight classes at a time. <see cref="Score"/> first asks the memory for every slot, then for every
/// row, before adding anything, so the misses overlap instead of following one another. Weights are 16-bit integers
/// with one scale per model: exact integer sums, so either form gives the same scores. The full keys are kept apart,
/// for writing the model back.
/// </remarks>
internal sealed unsafe class LinearModel
{
    private const uint Magic = 0x4D4C5441; // "ATLM"
    private const ushort Version = 2;
    private const int MaxFeatures = 256;

    // A class count above this keeps every row sparse, so a score buffer always fits on the stack.
    private const int MaxDenseClasses = 512;

    // A slot's row reference with this bit set is a dense row's number; without it, a sparse row's offset + 1.
    private const uint DenseBit = 0x8000_0000;

    // Slot: fingerprint (the key's low 32 bits) << 32 | row reference; 0 is empty. A key's first slot is its top
    // bits, so the keys in the file's (ascending) order fill the index front to back: loading writes it in one sweep
    // instead of a cache miss per feature, which was most of a model's load time.
    private readonly ulong[] index;

    // Sparse row: its entry count, then the entries, each (class << 16) | (ushort)weight.
    private readonly int[] rows;

    // Dense rows, Stride weights each, the first at denseStart (a 32-byte boundary of the pinned array).
    private readonly short[] dense;
    private readonly int denseStart;

    // The full key and row reference of every feature, in key order, for Write and Pruned.
    private readonly ulong[] keys;
    private readonly uint[] references;
    private readonly int mask;
    private readonly int shift;

    private LinearModel(int classCount, ulong[] index, int[] rows, short[] dense, int denseStart, ulong[] keys, uint[] references, float scale, int weightCount)
    {
        ClassCount = classCount;
        this.index = index;
        this.rows = rows;
        this.dense = dense;
        this.denseStart = denseStart;
        this.keys = keys;
        this.references = references;
        Scale = scale;
        WeightCount = weightCount;
        mask = index.Length - 1;
        shift = 64 - BitOperations.Log2((uint)index.Length);
    }

    public int ClassCount { get; }

    /// <summary>How many features have a row.</summary>
    public int FeatureCount => keys.Length;

    /// <summary>How many (feature, class) weights the rows hold.</summary>
    public int WeightCount { get; }

    /// <summary>The weight one integer unit stands for.</summary>
    public float Scale { get; }

    /// <summary>The bytes the model's tables take in memory.</summary>
    public long TableBytes => (index.Length * 8L) + (rows.Length * 4L) + (dense.Length * 2L) + (keys.Length * 12L);

    /// <summary>A key's first index slot: its top bits (the index has a power-of-two length, at least 16).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(ulong key) => (int)(key >> shift);

    /// <summary>The length of a dense row: the class count rounded up to a whole number of 16-weight (32-byte) blocks.</summary>
    private static int StrideOf(int classCount) => (classCount + 15) & ~15;

    private int Stride => StrideOf(ClassCount);

    /// <summary>
    /// Adds the rows of <paramref name="features"/> to <paramref name="scores"/> (one per class), in integer units of
    /// <see cref="Scale"/>.
    /// </summary>
    [SkipLocalsInit] // Every stack buffer below is written before it is read; zeroing them was work on every call.
    public void Score(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException("there must be a score for every class", nameof(scores));
        }

        var count = Math.Min(features.Length, MaxFeatures);
        var found = stackalloc uint[count];
        var stride = Stride;

        // The sums gather on the stack, in whole blocks of the dense rows' width, and are added to the scores at the end.
        var local = stackalloc int[ClassCount <= MaxDenseClasses ? stride : 0];
        fixed (ulong* table = index)
        fixed (int* data = rows)
        fixed (short* weights = dense)
        fixed (ulong* keys = features)
        fixed (int* target = scores)
        {
            var denseRows = weights + denseStart;
            var sums = ClassCount <= MaxDenseClasses ? local : target;
            if (Sse.IsSupported)
            {
                for (var i = 0; i < count; i++)
                {
                    Sse.Prefetch0(table + SlotOf(keys[i]));
                }
            }

            var denseCount = 0;
            var sparseCount = 0;
            for (var i = 0; i < count; i++)
            {
                var key = keys[i];
                var fingerprint = (uint)key;
                var slot = SlotOf(key);
                while (table[slot] is var value && value != 0)
                {
                    if ((uint)(value >> 32) == fingerprint)
                    {
                        var reference = (uint)value;
                        if ((reference & DenseBit) != 0)
                        {
                            // Dense references gather at the front of found, sparse ones at the back.
                            var number = reference & ~DenseBit;
                            found[denseCount++] = number;
                            if (Sse.IsSupported)
                            {
                                // Every line of the row: the sums read the rows' first lines together, then their
                                // second, and waiting for each round in turn is what cold rows cost.
                                var row = (byte*)(denseRows + ((nint)number * stride));
                                for (var line = 0; line < stride * sizeof(short); line += 64)
                                {
                                    Sse.Prefetch0(row + line);
                                }
                            }
                        }
                        else
                        {
                            found[count - 1 - sparseCount++] = reference - 1;
                            if (Sse.IsSupported)
                            {
                                Sse.Prefetch0(data + reference - 1);
                            }
                        }

                        break;
                    }

                    slot = (slot + 1) & mask;
                }
            }

            if (denseCount > 0)
            {
                // A dense row's blocks cover every class: the sums start from them.
                SumDense(denseRows, stride, found, denseCount, sums);
            }
            else if (sums != target)
            {
                new Span<int>(sums, stride).Clear();
            }

            for (var i = count - sparseCount; i < count; i++)
            {
                var row = data + found[i];
                for (int* entry = row + 1, end = row + 1 + row[0]; entry < end; entry++)
                {
                    var value = *entry;
                    sums[(uint)value >> 16] += (short)value;
                }
            }

            if (sums != target)
            {
                AddTo(target, sums, ClassCount);
            }
        }
    }

    /// <summary>
    /// Asks the memory for the index slots of <paramref name="features"/> without waiting for them: a caller that knows
    /// the next word's features (or most of them) while it scores this one calls it first, so that the next
    /// <see cref="Score"/> finds its slots near and waits only for the rows.
    /// </summary>
    public void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (ulong* table = index)
        {
            foreach (var key in features)
            {
                Sse.Prefetch0(table + SlotOf(key));
            }
        }
    }

    /// <summary>
    /// Writes the sums of dense rows to <paramref name="sums"/>, 32 classes at a time held in four registers over all
    /// the rows, then 16, so each row's weights are read once and each sum stored once.
    /// </summary>
    [SkipLocalsInit]
    private static void SumDense(short* rowsStart, int stride, uint* numbers, int count, int* sums)
    {
        var starts = stackalloc short*[count];
        for (var r = 0; r < count; r++)
        {
            starts[r] = rowsStart + ((nint)numbers[r] * stride);
        }

        var block = 0;
        if (Avx512F.IsSupported)
        {
            // Sixteen classes a register: the parser's 104 classes take two passes over the rows instead of four.
            for (; block + 64 <= stride; block += 64)
            {
                Vector512<int> s0 = default, s1 = default, s2 = default, s3 = default;
                for (var r = 0; r < count; r++)
                {
                    var row = starts[r] + block;
                    s0 = Avx512F.Add(s0, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row)));
                    s1 = Avx512F.Add(s1, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row + 16)));
                    s2 = Avx512F.Add(s2, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row + 32)));
                    s3 = Avx512F.Add(s3, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row + 48)));
                }

                Avx512F.Store(sums + block, s0);
                Avx512F.Store(sums + block + 16, s1);
                Avx512F.Store(sums + block + 32, s2);
                Avx512F.Store(sums + block + 48, s3);
            }

            for (; block + 32 <= stride; block += 32)
            {
                Vector512<int> s0 = default, s1 = default;
                for (var r = 0; r < count; r++)
                {
                    var row = starts[r] + block;
                    s0 = Avx512F.Add(s0, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row)));
                    s1 = Avx512F.Add(s1, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(row + 16)));
                }

                Avx512F.Store(sums + block, s0);
                Avx512F.Store(sums + block + 16, s1);
            }

            for (; block < stride; block += 16)
            {
                var s0 = Vector512<int>.Zero;
                for (var r = 0; r < count; r++)
                {
                    s0 = Avx512F.Add(s0, Avx512F.ConvertToVector512Int32(Avx.LoadVector256(starts[r] + block)));
                }

                Avx512F.Store(sums + block, s0);
            }
        }
        else if (Avx2.IsSupported)
        {
            for (; block + 32 <= stride; block += 32)
            {
                Vector256<int> s0 = default, s1 = default, s2 = default, s3 = default;
                for (var r = 0; r < count; r++)
                {
                    var row = starts[r] + block;
                    s0 = Avx2.Add(s0, Avx2.ConvertToVector256Int32(row));
                    s1 = Avx2.Add(s1, Avx2.ConvertToVector256Int32(row + 8));
                    s2 = Avx2.Add(s2, Avx2.ConvertToVector256Int32(row + 16));
                    s3 = Avx2.Add(s3, Avx2.ConvertToVector256Int32(row + 24));
                }

                Avx.Store(sums + block, s0);
                Avx.Store(sums + block + 8, s1);
                Avx.Store(sums + block + 16, s2);
                Avx.Store(sums + block + 24, s3);
            }

            for (; block < stride; block += 16)
            {
                Vector256<int> s0 = default, s1 = default;
                for (var r = 0; r < count; r++)
                {
                    var row = starts[r] + block;
                    s0 = Avx2.Add(s0, Avx2.ConvertToVector256Int32(row));
                    s1 = Avx2.Add(s1, Avx2.ConvertToVector256Int32(row + 8));
                }

                Avx.Store(sums + block, s0);
                Avx.Store(sums + block + 8, s1);
            }
        }

        for (; block < stride; block++)
        {
            var sum = 0;
            for (var r = 0; r < count; r++)
            {
                sum += starts[r][block];
            }

            sums[block] = sum;
        }
    }

    private static void AddTo(int* target, int* sums, int count)
    {
        var c = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; c + 8 <= count; c += 8)
            {
                Vector256.Store(Vector256.Load(target + c) + Vector256.Load(sums + c), target + c);
            }
        }

        for (; c < count; c++)
        {
            target[c] += sums[c];
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
        var keys = new ulong[sorted.Length];
        var lengths = new ushort[sorted.Length];
        var total = sorted.Sum(r => r.Row.Length);
        var classes = new byte[total];
        var weights = new short[total];
        var next = 0;
        for (var r = 0; r < sorted.Length; r++)
        {
            var (key, row) = sorted[r];
            if (key == 0 || (r > 0 && key == sorted[r - 1].Key))
            {
                throw new ArgumentException("a feature key is 0 or appears twice", nameof(rows));
            }

            keys[r] = key;
            lengths[r] = (ushort)row.Length;
            foreach (var (cls, weight) in row)
            {
                if (cls >= classCount)
                {
                    throw new ArgumentException("a class is out of range", nameof(rows));
                }

                classes[next] = cls;
                weights[next++] = weight;
            }
        }

        return FromSorted(classCount, scale, keys, lengths, classes, weights);
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
        var entries = new List<(byte Class, short Weight)>[keys.Length];
        for (var r = 0; r < keys.Length; r++)
        {
            entries[r] = Entries(r);
            writer.Write(keys[r]);
            writer.Write((ushort)entries[r].Count);
        }

        foreach (var row in entries)
        {
            foreach (var (cls, _) in row)
            {
                writer.Write(cls);
            }
        }

        foreach (var row in entries)
        {
            foreach (var (_, weight) in row)
            {
                writer.Write(weight);
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

        // The (key, length) records in one read, decoded from the bytes: a reader call for each was a tenth of the load.
        const int RecordSize = sizeof(ulong) + sizeof(ushort);
        var featureKeys = new ulong[count];
        var lengths = new ushort[count];
        var total = 0;
        var records = new byte[Math.Min(count, 1 << 16) * RecordSize];
        for (var start = 0; start < count; start += records.Length / RecordSize)
        {
            var n = Math.Min(count - start, records.Length / RecordSize);
            reader.BaseStream.ReadExactly(records.AsSpan(0, n * RecordSize));
            for (var i = 0; i < n; i++)
            {
                var record = records.AsSpan(i * RecordSize, RecordSize);
                featureKeys[start + i] = BinaryPrimitives.ReadUInt64LittleEndian(record);
                lengths[start + i] = BinaryPrimitives.ReadUInt16LittleEndian(record[sizeof(ulong)..]);
                total += lengths[start + i];
            }
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
    /// on its own, so the shipped models load in one pass over their bytes (and one more to choose each row's form).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Runs once per process: tier-0 code for its loops was a third of a load.
    private static LinearModel FromSorted(int classCount, float scale, ulong[] keys, ushort[] lengths, byte[] classes, short[] weights)
    {
        var count = keys.Length;
        var stride = StrideOf(classCount);
        var isDense = new bool[count];
        var denseCount = 0;
        var sparseLength = 0;
        var entry = 0;
        for (var r = 0; r < count; r++)
        {
            var key = keys[r];
            if (key == 0 || (r > 0 && key <= keys[r - 1]))
            {
                throw new InvalidDataException("a linear model's features are out of order or repeated");
            }

            int length = lengths[r];
            var ascending = true;
            for (var e = 0; e < length; e++)
            {
                if (classes[entry + e] >= classCount)
                {
                    throw new InvalidDataException("a linear model's class is out of range");
                }

                // Only a row a dense one gives back exactly (classes in order, no zero weight) may become one.
                ascending &= weights[entry + e] != 0 && (e == 0 || classes[entry + e] > classes[entry + e - 1]);
            }

            isDense[r] = ascending && classCount <= MaxDenseClasses && IsDenseWorthIt(length, stride);
            if (isDense[r])
            {
                denseCount++;
            }
            else
            {
                sparseLength += 1 + length;
            }

            entry += length;
        }

        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var index = new ulong[capacity];
        var shift = 64 - BitOperations.Log2((uint)capacity);
        var data = new int[sparseLength];

        // Pinned, so that the 32-byte boundary found once stays one.
        var dense = GC.AllocateArray<short>((denseCount * stride) + 16, pinned: true);
        int denseStart;
        fixed (short* first = dense)
        {
            denseStart = (int)((32 - ((nint)first & 31)) & 31) / sizeof(short);
        }

        var references = new uint[count];
        var next = 0;
        var denseNext = 0;
        entry = 0;
        for (var r = 0; r < count; r++)
        {
            int length = lengths[r];
            uint reference;
            if (isDense[r])
            {
                var row = dense.AsSpan(denseStart + (denseNext * stride), stride);
                for (var e = 0; e < length; e++, entry++)
                {
                    row[classes[entry]] = weights[entry];
                }

                reference = DenseBit | (uint)denseNext++;
            }
            else
            {
                data[next] = length;
                for (var e = 0; e < length; e++, entry++)
                {
                    data[next + 1 + e] = (classes[entry] << 16) | (ushort)weights[entry];
                }

                reference = (uint)(next + 1);
                next += 1 + length;
            }

            references[r] = reference;
            var slot = (int)(keys[r] >> shift);
            while (index[slot] != 0)
            {
                slot = (slot + 1) & (capacity - 1);
            }

            index[slot] = ((ulong)(uint)keys[r] << 32) | reference;
        }

        return new LinearModel(classCount, index, data, dense, denseStart, keys, references, scale, weights.Length);
    }

    /// <summary>
    /// Whether a row of <paramref name="length"/> weights is kept dense: when that takes at most twice the bytes of its
    /// sparse form, as the vector adding more than repays the extra bytes read.
    /// </summary>
    private static bool IsDenseWorthIt(int length, int stride) => stride * sizeof(short) <= 2 * (1 + length) * sizeof(int);

    /// <summary>Feature <paramref name="r"/>'s entries in class order, as the file holds them.</summary>
    private List<(byte Class, short Weight)> Entries(int r)
    {
        var reference = references[r];
        var entries = new List<(byte, short)>();
        if ((reference & DenseBit) != 0)
        {
            var row = dense.AsSpan(denseStart + ((int)(reference & ~DenseBit) * Stride), ClassCount);
            for (var c = 0; c < row.Length; c++)
            {
                if (row[c] != 0)
                {
                    entries.Add(((byte)c, row[c]));
                }
            }
        }
        else
        {
            var offset = (int)reference - 1;
            for (var e = 1; e <= rows[offset]; e++)
            {
                var value = rows[offset + e];
                entries.Add(((byte)((uint)value >> 16), (short)value));
            }
        }

        return entries;
    }

    private (byte Class, float Weight)[] Row(int r) => [.. Entries(r).Select(e => (e.Class, e.Weight * Scale))];
}
