using Attribution.Linguistics;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Segmentation;
using Attribution.Linguistics.Tagging;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// Reading each embedded model from the assembly into its run-time tables: what a process pays once, before its first
/// article, and what the command line's start-up is mostly made of now that attribution reads a parse.
/// </summary>
[MemoryDiagnoser]
public class ModelLoading
{
    private static readonly Func<string, Stream> Open = LanguagePack.Embedded("en");

    [Benchmark]
    public object Tagger() => Read(LanguagePack.TaggerFile, Attribution.Linguistics.Tagging.Tagger.Read);

    [Benchmark]
    public object Segmenter() => Read(LanguagePack.SegmenterFile, SentenceSegmenter.Read);

    [Benchmark]
    public object Entities() => Read(LanguagePack.EntitiesFile, EntityRecognizer.Read);

    [Benchmark]
    public object Parser() => Read(LanguagePack.ParserFile, DependencyParser.Read);

    [Benchmark]
    public object Pack() => LanguagePack.Load("en", Open);

    private static T Read<T>(string name, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new BufferedStream(Open(name), 1 << 16));
        return read(reader);
    }
}
