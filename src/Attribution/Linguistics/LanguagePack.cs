using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Segmentation;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;

namespace Attribution.Linguistics;

/// <summary>
/// Everything the linguistic layer knows of one language: how its words split, and its trained models (tagger,
/// sentence segmenter, entity recogniser, parser). The seam where another language plugs in: a pack is read from
/// named model files, and nothing downstream names a language. Read-only once loaded; one pack serves every thread.
/// </summary>
internal sealed class LanguagePack
{
    public const string ExceptionsFile = "word-exceptions.tsv";
    public const string TaggerFile = "tagger.bin";
    public const string SegmenterFile = "segmenter.bin";
    public const string EntitiesFile = "entities.bin";
    public const string ParserFile = "parser.bin";

    private static readonly Lazy<LanguagePack> EnglishPack = new(() => Load("en", Embedded("en")));

    public LanguagePack(
        string code, WordExceptions exceptions, Tagger tagger, SentenceSegmenter segmenter, EntityRecognizer entities, DependencyParser parser)
    {
        Code = code;
        Exceptions = exceptions;
        Tagger = tagger;
        Segmenter = segmenter;
        Entities = entities;
        Parser = parser;
        PunctuationClasses = [.. tagger.Tags.Tags.Select(t => t.Upos == PartOfSpeech.Punct)];
    }

    /// <summary>The English models shipped inside the assembly, loaded on first use.</summary>
    public static LanguagePack English => EnglishPack.Value;

    /// <summary>The language's code (<c>en</c>).</summary>
    public string Code { get; }

    public WordExceptions Exceptions { get; }

    public Tagger Tagger { get; }

    public SentenceSegmenter Segmenter { get; }

    public EntityRecognizer Entities { get; }

    public DependencyParser Parser { get; }

    /// <summary>For each tagger class, whether it is punctuation.</summary>
    public bool[] PunctuationClasses { get; }

    /// <summary>Reads a pack from its files, each opened by name.</summary>
    /// <exception cref="InvalidDataException">A model file is damaged or of another version.</exception>
    public static LanguagePack Load(string code, Func<string, Stream> open)
    {
        WordExceptions exceptions;
        using (var reader = new StreamReader(open(ExceptionsFile)))
        {
            exceptions = WordExceptions.Read(reader);
        }

        return new LanguagePack(
            code,
            exceptions,
            Read(open, TaggerFile, Tagger.Read),
            Read(open, SegmenterFile, SentenceSegmenter.Read),
            Read(open, EntitiesFile, EntityRecognizer.Read),
            Read(open, ParserFile, DependencyParser.Read));
    }

    /// <summary>Opens the model files embedded in this assembly for a language.</summary>
    public static Func<string, Stream> Embedded(string code) => name =>
        typeof(LanguagePack).Assembly.GetManifestResourceStream($"Attribution.Models.{code}.{name}")
        ?? throw new InvalidDataException($"The model file {name} for '{code}' is missing from the assembly.");

    private static T Read<T>(Func<string, Stream> open, string name, Func<BinaryReader, T> read)
    {
        using var stream = open(name);
        using var reader = new BinaryReader(new BufferedStream(stream, 1 << 16));
        try
        {
            return read(reader);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"The model file {name} is truncated.", e);
        }
    }
}
