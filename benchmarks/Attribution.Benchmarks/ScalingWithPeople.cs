using System.Text;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Linear time when the people are many and all different, which repeating the corpus cannot show (its people
/// repeat): paragraphs each naming a new titled person, quoting them through a definite role ("the Minister") and
/// naming them again. Time and allocation per person should stay flat as the count grows 16×.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScalingWithPeople
{
    private readonly QuoteAttributor _attributor = new();
    private string _text = "";

    [Params(1_000, 4_000, 16_000)]
    public int People { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(People);
        var builder = new StringBuilder();
        for (var i = 0; i < People; i++)
        {
            var surname = "Q" + string.Concat(Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26))));
            builder.Append("Finance Minister Anna ").Append(surname).Append(" met officials on Monday. ")
                .Append("\u201cWe will act,\u201d the Minister said. Mr ").Append(surname)
                .Append(" added that the talks would go on.\n");
        }

        _text = builder.ToString();
    }

    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_text);
}
