using Attribution.Linguistics.Models;
using Xunit;

namespace Attribution.Tests.Linguistics;

public sealed class HashTableTests
{
    [Fact]
    public void Every_key_finds_its_value_and_others_find_nothing()
    {
        // Sorted keys (as a model file holds them) and unsorted ones build the same table.
        var random = new Random(7);
        var entries = Enumerable.Range(0, 5_000).Select(_ => (ulong)random.NextInt64() * 3 + 1).Distinct()
            .Select((k, i) => new KeyValuePair<ulong, int>(k, i)).ToArray();
        foreach (var order in new[] { entries, [.. entries.OrderBy(e => e.Key)] })
        {
            var table = new HashTable<int>(order);
            Assert.Equal(entries.Length, table.Count);
            foreach (var (key, value) in entries)
            {
                Assert.True(table.TryGetValue(key, out var found));
                Assert.Equal(value, found);
            }

            Assert.Equal(entries.OrderBy(e => e.Key), table.InKeyOrder());
            var keys = entries.Select(e => e.Key).ToHashSet();
            for (var i = 0; i < 5_000; i++)
            {
                var missing = (ulong)random.NextInt64();
                Assert.Equal(keys.Contains(missing), table.TryGetValue(missing, out _));
            }
        }
    }

    [Fact]
    public void Keys_crowded_into_one_slot_and_the_zero_key_are_kept()
    {
        // The same top bits: every key starts at the last slot, and the probing must wrap to the front.
        ulong[] keys = [ulong.MaxValue, ulong.MaxValue - 1, ulong.MaxValue - 2, 0];
        var table = new HashTable<byte>([.. keys.Select((k, i) => new KeyValuePair<ulong, byte>(k, (byte)(i + 1)))]);
        Assert.Equal(4, table.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out var value));
            Assert.Equal(i + 1, value);
        }

        Assert.False(table.TryGetValue(ulong.MaxValue - 3, out _));
        Assert.False(new HashTable<byte>([]).TryGetValue(0, out _));
    }

    [Fact]
    public void A_repeated_key_keeps_its_first_value()
    {
        var table = new HashTable<int>([new(42, 1), new(42, 2), new(0, 3), new(0, 4)]);
        Assert.Equal(2, table.Count);
        Assert.True(table.TryGetValue(42, out var value));
        Assert.Equal(1, value);
        Assert.True(table.TryGetValue(0, out value));
        Assert.Equal(3, value);
    }
}
