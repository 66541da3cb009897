using System.Text;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Linear time when the people are many and all different, which repeating the corpus cannot show (its people
/// repeat): paragraphs each naming a new titled person, quoting them through a definite role ("the Minister") and
/// naming them again (<c>ManyPeople</c>); and one person named on every line under a new title (<c>ManyTitles</c>),
/// the shape that once made title handling quadratic. Time and allocation per line should stay flat as the count
/// grows 16×.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ScalingWithPeople
{
    private readonly QuoteAttributor _attributor = new();
    private string _text = "";

    [Params(1_000, 4_000, 16_000)]
    public int Lines { get; set; }

    [Params("ManyPeople", "ManyTitles")]
    public string Shape { get; set; } = "ManyPeople";

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Lines);
        var builder = new StringBuilder();
        for (var i = 0; i < Lines; i++)
        {
            if (Shape == "ManyTitles")
            {
                builder.Append("Deputy X").Append(i).Append(" Minister John Smith spoke.\n\u201cWe will act,\u201d the Minister said.\n");
                continue;
            }

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
