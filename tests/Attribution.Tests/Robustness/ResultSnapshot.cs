namespace Attribution.Tests.Robustness;

/// <summary>
/// A result in a form that compares by value: quotations as records (speaker and cue are records too, so equality
/// reaches every field), people as printed lines because their lists compare by reference.
/// </summary>
internal sealed record ResultSnapshot(Quotation[] Quotes, string[] People)
{
    public static ResultSnapshot Of(AttributionResult result) => new(
        [.. result.Quotes],
        [.. result.People.Select(person =>
            $"{person.Name} [{string.Join(" | ", person.Titles)}] "
            + string.Join(" ", person.Mentions.Select(m => $"{m.Start}-{m.End}:{m.Text}")))]);

    public void AssertEqual(ResultSnapshot other)
    {
        Assert.Equal(Quotes, other.Quotes);
        Assert.Equal(People, other.People);
    }
}
