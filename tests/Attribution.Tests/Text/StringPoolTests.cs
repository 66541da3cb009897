using Attribution.Text;

namespace Attribution.Tests.Text;

public sealed class StringPoolTests
{
    [Fact]
    public void Equal_runs_of_characters_give_the_same_string_instance()
    {
        const string text = "Mr Lammy said. Lammy added.";
        var pool = new StringPool();

        var first = pool.Get(text.AsSpan(3, 5));
        var second = pool.Get(text.AsSpan(15, 5));

        Assert.Equal("Lammy", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Lookups_are_case_sensitive()
    {
        var pool = new StringPool();

        Assert.Equal("said", pool.Get("said"));
        Assert.Equal("Said", pool.Get("Said"));
    }

    [Fact]
    public void Clear_forgets_the_strings_but_those_handed_out_stay_intact()
    {
        var pool = new StringPool();
        var before = pool.Get("Lammy");

        pool.Clear();
        var after = pool.Get("Lammy");

        Assert.Equal(1, pool.Count);
        Assert.Equal("Lammy", before);
        Assert.NotSame(before, after);
    }

    [Fact]
    public void The_empty_span_is_the_empty_string()
    {
        Assert.Same(string.Empty, new StringPool().Get([]));
    }
}
