using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Linear time and memory: the corpus articles repeated to 1 KB … 10 MB. If every step is linear, time and
/// allocation per input byte stay flat as the size grows by 10,000×.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScalingWithInputSize
{
    private readonly QuoteAttributor _attributor = new();
    private string _text = "";

    [Params(1_000, 100_000, 1_000_000, 10_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Repeat(ReferenceArticle.LoadCorpus(), Chars);
    }

    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_text);
}
