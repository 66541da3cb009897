using System.Collections.Concurrent;
using System.Text;
using Attribution.Text;

namespace Attribution.Benchmarks;

/// <summary>
/// The texts the benchmarks read, by name: the reference article, the whole copied corpus one article after another,
/// and 10 MB of corpus articles repeated. Sizes are counted in UTF-8 bytes, as the files on disk are.
/// </summary>
public static class Inputs
{
    public const string Reference = "reference";
    public const string Corpus = "corpus";
    public const string TenMegabytes = "10MB";

    private const int TenMegabyteChars = 10_000_000;

    private static readonly ConcurrentDictionary<string, string> Texts = new();
    private static readonly ConcurrentDictionary<string, int> Tokens = new();

    public static string Text(string name) => Texts.GetOrAdd(name, Load);

    public static long Utf8Bytes(string name) => Encoding.UTF8.GetByteCount(Text(name));

    /// <summary>How many tokens the tokenizer makes of the input, for a tokens-per-second figure.</summary>
    public static int TokenCount(string name) => Tokens.GetOrAdd(name, static n =>
    {
        using var tokens = new PooledList<Token>();
        Tokenizer.Instance.Tokenize(Text(n), 0, tokens);
        return tokens.Count;
    });

    private static readonly ConcurrentDictionary<string, int> Words = new();

    /// <summary>How many words the linguistic layer reads in the input, for a words-per-second figure.</summary>
    public static int WordCount(string name) => Words.GetOrAdd(name, static n =>
    {
        using var document = Attribution.Linguistics.Analyzer.Run(Attribution.Linguistics.LanguagePack.English, Text(n), (_, _) => false, CancellationToken.None);
        return document.Words.Count;
    });

    /// <summary>Each article of the corpus on its own, in name order.</summary>
    public static IReadOnlyList<string> CorpusArticles() => [.. ReferenceArticle.CorpusFiles().Select(File.ReadAllText)];

    private static string Load(string name) => name switch
    {
        Reference => ReferenceArticle.Load(),
        Corpus => ReferenceArticle.LoadCorpus(),
        TenMegabytes => Repeat(ReferenceArticle.LoadCorpus(), TenMegabyteChars),
        _ => throw new ArgumentException($"No benchmark input is called '{name}'.", nameof(name)),
    };

    /// <summary>The text repeated up to about <paramref name="chars"/> characters, cut at a line end.</summary>
    public static string Repeat(string text, int chars)
    {
        var builder = new StringBuilder(chars + text.Length);
        while (builder.Length < chars)
        {
            builder.Append(text);
        }

        var cut = builder.ToString(0, chars).LastIndexOf('\n');
        return cut > 0 ? builder.ToString(0, cut + 1) : builder.ToString(0, chars);
    }
}
