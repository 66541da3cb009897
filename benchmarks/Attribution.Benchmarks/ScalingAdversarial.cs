using Attribution.Benchmarks.Columns;
using Attribution.Tests.Robustness;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Attribution.Benchmarks;

/// <summary>
/// Linear time and memory on hostile text: every <see cref="AdversarialShapes"/> shape (people sharing a surname
/// or a first name, walls of quotation marks of each kind, unclosed quotations, a paragraph per character, "said
/// said said", one huge quotation, a run-on sentence, and news as the baseline) from 1 KB to 10 MB in one call.
/// Time and allocation per character must stay flat as the size grows 10,000-fold, and allocation within the budget
/// the README states (48 bytes a character, checked by the tests at 100 KB and 1 MB).
/// </summary>
[Config(typeof(Columns))]
public class ScalingAdversarial
{
    private readonly QuoteAttributor _attributor = new();
    private string _text = "";

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "News";

    [Params(1_000, 100_000, 1_000_000, 10_000_000)]
    public int Chars { get; set; }

    public static IEnumerable<string> Shapes => AdversarialShapes.Names;

    [GlobalSetup]
    public void Setup() => _text = AdversarialShapes.Make(Shape, Chars);

    [Benchmark]
    public AttributionResult Attribute() => _attributor.Attribute(_text);

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(BenchmarkDotNet.Columns.StatisticColumn.Median, new PerCharacterColumn(allocation: false), new PerCharacterColumn(allocation: true));
        }
    }
}
