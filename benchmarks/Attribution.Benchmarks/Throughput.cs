using System.Buffers;
using Attribution.Quotes;
using Attribution.Text;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Each stage on one core against a floor: a <see cref="SearchValues{T}"/> scan that counts the quotation marks the
/// library recognises, the least work any quote attributor must do. The Ratio column is each benchmark's median as a
/// multiple of that scan's on the same input.
/// </summary>
[InputColumns]
public class Throughput
{
    private readonly QuoteAttributor _attributor = new();
    private string _text = "";
    private Document? _document;

    [Params(Inputs.Reference, Inputs.Corpus, Inputs.TenMegabytes)]
    public string Input { get; set; } = Inputs.Reference;

    [GlobalSetup]
    public void Setup()
    {
        _text = Inputs.Text(Input);
        _document = Document.Parse(_text, Tokenizer.Instance);
    }

    [GlobalCleanup]
    public void Cleanup() => _document?.Dispose();

    [Benchmark(Baseline = true)]
    public int QuoteMarkScan()
    {
        var count = 0;
        var rest = _text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(CharClass.QuoteMarkValues)) >= 0)
        {
            count++;
            rest = rest[(at + 1)..];
        }

        return count;
    }

    /// <summary>
    /// The tokenizer alone. Tokens are structs in a pooled list, as <see cref="Document.Parse"/> holds them, so a call
    /// allocates only the list object, whatever the number of tokens.
    /// </summary>
    [Benchmark]
    public int Tokenize()
    {
        using var tokens = new PooledList<Token>(_text.Length / 5);
        Tokenizer.Instance.Tokenize(_text, 0, tokens);
        return tokens.Count;
    }

    /// <summary>Pairing the quotation marks of an already tokenized document.</summary>
    [Benchmark]
    public int FindQuotes() => QuoteFinder.Find(_document!).Count;

    /// <summary>The whole pipeline: paragraphs, sentences, tokens, quotations, people, speakers and the public result.</summary>
    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_text);
}
