namespace Attribution.Tests.Robustness;

/// <summary>
/// QuoteAttributor promises to be immutable and thread-safe: one shared instance attributing the whole corpus from
/// many threads at once must give exactly what a single thread gives. Hidden shared state (a cache, a reused buffer)
/// would show up here as a result that differs from the sequential one.
/// </summary>
public sealed class ThreadSafetyTests
{
    private const int Rounds = 4;

    [Fact]
    public void One_shared_attributor_gives_the_sequential_results_from_many_threads()
    {
        var texts = Directory.GetFiles(CorpusFiles.Directory, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.NotEmpty(texts);

        var attributor = new QuoteAttributor();
        var expected = texts.Select(text => Describe(attributor.Attribute(text))).ToArray();

        for (var round = 0; round < Rounds; round++)
        {
            var actual = new Snapshot[texts.Length];
            Parallel.For(0, texts.Length * 3, i =>
            {
                // Every article is attributed three times per round, so the same text also runs on two threads at once.
                var index = i % texts.Length;
                var described = Describe(attributor.Attribute(texts[index]));
                if (i < texts.Length)
                {
                    actual[index] = described;
                }
                else
                {
                    expected[index].AssertEqual(described);
                }
            });

            for (var i = 0; i < texts.Length; i++)
            {
                expected[i].AssertEqual(actual[i]);
            }
        }
    }

    private static Snapshot Describe(AttributionResult result) => new(
        [.. result.Quotes],
        [.. result.People.Select(person =>
            $"{person.Name} [{string.Join(" | ", person.Titles)}] "
            + string.Join(" ", person.Mentions.Select(m => $"{m.Start}-{m.End}:{m.Text}")))]);

    // Quotations are compared as records (speaker and cue are records too, so equality reaches every field); people
    // are compared as printed lines because their lists compare by reference.
    private sealed record Snapshot(Quotation[] Quotes, string[] People)
    {
        public void AssertEqual(Snapshot other)
        {
            Assert.Equal(Quotes, other.Quotes);
            Assert.Equal(People, other.People);
        }
    }
}
