using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// The corpus's articles one at a time on one core, and as one <see cref="QuoteAttributor.AttributeAll"/> call on
/// every core. The MB/s columns of the two give the batch speed-up.
/// </summary>
[InputColumns]
[BatchJobs]
public class Batch
{
    private readonly QuoteAttributor _attributor = new();
    private IReadOnlyList<string> _articles = [];

    /// <summary>The input whose size the MB/s column divides by: the corpus, whose articles these are.</summary>
    [Params(Inputs.Corpus)]
    public string Input { get; set; } = Inputs.Corpus;

    [GlobalSetup]
    public void Setup() => _articles = Inputs.CorpusArticles();

    [Benchmark(Baseline = true)]
    public int OneCore()
    {
        var quotes = 0;
        foreach (var article in _articles)
        {
            quotes += _attributor.Attribute(article).Quotes.Count;
        }

        return quotes;
    }

    [Benchmark]
    public int AllCores()
    {
        var quotes = 0;
        foreach (var result in _attributor.AttributeAll(_articles))
        {
            quotes += result.Quotes.Count;
        }

        return quotes;
    }
}
