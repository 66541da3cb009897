using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

[MemoryDiagnoser]
public class AttributeReferenceArticle
{
    private readonly QuoteAttributor _attributor = new();
    private string _article = "";

    [GlobalSetup]
    public void Setup() => _article = ReferenceArticle.Load();

    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_article);
}
