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
        var corpus = ReferenceArticle.LoadCorpus();
        var builder = new System.Text.StringBuilder(Chars + corpus.Length);
        while (builder.Length < Chars)
        {
            builder.Append(corpus);
        }

        // Cut at a line end so that every size holds whole paragraphs.
        var cut = builder.ToString(0, Chars).LastIndexOf('\n');
        _text = cut > 0 ? builder.ToString(0, cut + 1) : builder.ToString(0, Chars);
    }

    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_text);
}
