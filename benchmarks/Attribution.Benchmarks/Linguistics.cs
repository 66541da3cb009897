using Attribution.Linguistics;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;
using BenchmarkDotNet.Attributes;

namespace Attribution.Benchmarks;

/// <summary>
/// The linguistic layer on one core: the tagger and entity recogniser together, the parser alone (both over words
/// already split, as the pipeline hands them on), the whole analysis through the public API, and the analysis the
/// attribution needs, which parses only the sentences holding a quotation mark or a reporting verb.
/// </summary>
[InputColumns]
public class Linguistics
{
    private readonly ParseState _state = new();
    private LanguagePack _pack = null!;
    private string _text = "";
    private WordRange[] _paragraphs = [];
    private WordRange[] _sentences = [];
    private LexicalFeatures[] _lexical = [];
    private byte[] _tags = [];
    private byte[] _labels = [];
    private ulong[] _names = [];
    private ulong[] _hashes = [];
    private int[] _clusters = [];
    private bool[] _punctuation = [];

    [Params(Inputs.Reference, Inputs.Corpus)]
    public string Input { get; set; } = Inputs.Corpus;

    [GlobalSetup]
    public void Setup()
    {
        _pack = LanguagePack.English;
        _text = Inputs.Text(Input);
        using var document = Analyzer.Run(_pack, _text, null, CancellationToken.None);
        var words = document.Words.AsSpan().ToArray();
        _sentences = document.Sentences.AsSpan().ToArray();
        _paragraphs = [.. _sentences.GroupBy(s => s.Paragraph).Select(g => new WordRange(g.First().FirstWord, g.Last().EndWord, g.Key))];
        _lexical = new LexicalFeatures[words.Length];
        LexicalFeatures.Compute(_text, words, _lexical);
        _tags = document.Tags.AsSpan().ToArray();
        _labels = new byte[words.Length];
        var cases = new DocumentCases();
        cases.Add(_text, words);
        _names = [.. words.Select((w, i) => EntityFeatures.Describe(w.Of(_text), _lexical[i].Lower, _pack.Entities.Cases, cases.BandOf(_text, words, i, _lexical[i].Lower)))];
        _hashes = [.. _lexical.Select(l => l.Lower)];
        _clusters = [.. _lexical.Select(l => _pack.Tagger.Clusters.Of(l.Lower))];
        _punctuation = [.. _tags.Select(t => _pack.PunctuationClasses[t])];
    }

    /// <summary>Tagging each paragraph, then finding the entities of each sentence.</summary>
    [Benchmark]
    public int TagAndRecognize()
    {
        foreach (var p in _paragraphs)
        {
            _pack.Tagger.Tag(_lexical.AsSpan(p.FirstWord, p.Length), _tags.AsSpan(p.FirstWord, p.Length));
        }

        foreach (var s in _sentences)
        {
            _pack.Entities.Recognize(_lexical.AsSpan(s.FirstWord, s.Length), _tags.AsSpan(s.FirstWord, s.Length), _names.AsSpan(s.FirstWord, s.Length), _labels.AsSpan(s.FirstWord, s.Length));
        }

        return _labels[^1];
    }

    /// <summary>Parsing every sentence.</summary>
    [Benchmark]
    public int Parse()
    {
        foreach (var s in _sentences)
        {
            _pack.Parser.Parse(_state, _hashes.AsSpan(s.FirstWord, s.Length), _clusters.AsSpan(s.FirstWord, s.Length), _tags.AsSpan(s.FirstWord, s.Length), _punctuation.AsSpan(s.FirstWord, s.Length));
        }

        return _state.Heads[0];
    }

    /// <summary>Everything, through <see cref="LanguageModel.Analyze"/>: tokens, words, tags, sentences, entities, every parse, the public result.</summary>
    [Benchmark]
    public int Analyze() => LanguageModel.English.Analyze(_text).Tokens.Count;

    /// <summary>The internal analysis with only the sentences holding a quotation mark or a cue parsed (see <see cref="ParseSelection"/>); the attribution itself parses fewer, on demand.</summary>
    [Benchmark]
    public int AnalyzeForAttribution()
    {
        using var document = Analyzer.Run(_pack, _text, ParseSelection.NeedsParse, CancellationToken.None);
        return document.Words.Count;
    }
}
