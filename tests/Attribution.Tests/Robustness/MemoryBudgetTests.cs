namespace Attribution.Tests.Robustness;

/// <summary>
/// The memory budget the README states: one <see cref="QuoteAttributor.Attribute"/> call allocates at most 48 bytes
/// per character of its input, 24 times the input's UTF-16 bytes, on every adversarial shape. A server sized for news
/// (about 14 bytes a character) can then not be knocked over by a crafted text: before, a paragraph per character
/// or a wall of quotation marks took 60–130 bytes a character and a list of names sharing a surname grew with the
/// square of its length.
/// </summary>
/// <remarks>
/// Allocation, not time, is what is measured: counted by the runtime per thread, it is the same on every run and
/// every machine. Arrays up to 256 KB are rented from a pool that earlier tests may have filled, which can only lower
/// the count: at a million characters by well under a byte a character, and every larger table is allocated for the
/// call, so the count is what the call holds at its peak or more. A hundred thousand characters (a long article)
/// checks that the tables are sized well before their rates are known.
/// </remarks>
public sealed class MemoryBudgetTests
{
    /// <summary>The README's budget, in bytes allocated per UTF-16 character.</summary>
    public const double BytesPerCharacter = 48;

    private const int Characters = 1_000_000;

    public static TheoryData<string, int> Shapes()
    {
        var shapes = new TheoryData<string, int>();
        foreach (var shape in AdversarialShapes.Names)
        {
            shapes.Add(shape, 100_000);
            shapes.Add(shape, Characters);
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void One_call_allocates_within_the_budget(string shape, int characters)
    {
        var attributor = new QuoteAttributor();
        var text = AdversarialShapes.Make(shape, characters);

        // The first call on a shape loads the lexicons and compiles the code it reaches; neither belongs to the call.
        attributor.Attribute(AdversarialShapes.Make(shape, 2_000));
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = attributor.Attribute(text);
        var perCharacter = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)text.Length;

        Assert.True(perCharacter <= BytesPerCharacter, $"{shape}: {perCharacter:0.0} bytes allocated per character; the budget is {BytesPerCharacter}");
        Assert.NotNull(result);
    }

    [Fact]
    public void The_shapes_are_the_sizes_asked_for()
    {
        foreach (var shape in AdversarialShapes.Names)
        {
            Assert.InRange(AdversarialShapes.Make(shape, Characters).Length, Characters - 200, Characters);
        }
    }
}
