using Attribution.Text;

namespace Attribution.Tests.Text;

public sealed class PooledListTests
{
    [Fact]
    public void Grows_past_its_first_capacity_and_keeps_every_item_in_order()
    {
        using var list = new PooledList<int>(4);

        for (var i = 0; i < 10_000; i++)
        {
            list.Add(i);
        }

        Assert.Equal(10_000, list.Count);
        Assert.Equal(Enumerable.Range(0, 10_000), list.AsSpan().ToArray());
    }

    [Fact]
    public void The_span_covers_the_items_only_not_the_longer_rented_array()
    {
        using var list = new PooledList<int>(100);
        list.Add(7);

        Assert.Equal([7], list.AsSpan().ToArray());
    }

    [Fact]
    public void Filled_gives_count_copies_of_the_value_even_over_a_reused_array()
    {
        using (var dirty = new PooledList<int>(64))
        {
            for (var i = 0; i < 64; i++)
            {
                dirty.Add(-1);
            }
        }

        using var list = PooledList<int>.Filled(64, 0);

        Assert.All(list.AsSpan().ToArray(), item => Assert.Equal(0, item));
    }

    [Fact]
    public void Clear_empties_the_list_for_reuse()
    {
        using var list = new PooledList<int>();
        list.Add(1);
        list.Clear();
        list.Add(2);

        Assert.Equal([2], list.AsSpan().ToArray());
    }

    [Fact]
    public void Adding_after_dispose_is_an_error_not_a_write_into_a_returned_array()
    {
        var list = new PooledList<int>();
        list.Dispose();

        Assert.Throws<ObjectDisposedException>(() => list.Add(1));
        Assert.Equal(0, list.Count);
    }
}
