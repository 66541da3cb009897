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
        var expected = texts.Select(text => ResultSnapshot.Of(attributor.Attribute(text))).ToArray();

        for (var round = 0; round < Rounds; round++)
        {
            var actual = new ResultSnapshot[texts.Length];
            Parallel.For(0, texts.Length * 3, i =>
            {
                // Every article is attributed three times per round, so the same text also runs on two threads at once.
                var index = i % texts.Length;
                var described = ResultSnapshot.Of(attributor.Attribute(texts[index]));
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
}
