using Attribution.Linguistics;

namespace Attribution;

/// <summary>
/// A language's trained linguistic models: a part-of-speech tagger, a sentence segmenter, a named-entity recogniser
/// and a dependency parser, trained on Universal Dependencies treebanks and shipped inside this assembly (no
/// download). An instance is immutable and thread-safe; its models are loaded once, on first use, and shared.
/// </summary>
/// <example>
/// <code>
/// var analysis = LanguageModel.English.Analyze("“We will rebuild,” Mayor Ada Lind said.");
/// foreach (var token in analysis.Tokens)
///     Console.WriteLine($"{token.Text} {token.Upos} {token.Relation} → {token.Head}");
/// foreach (var entity in analysis.Entities)
///     Console.WriteLine($"{entity.Text}: {entity.Type}");
/// </code>
/// </example>
public sealed class LanguageModel
{
    private readonly Func<LanguagePack> pack;

    private LanguageModel(string code, string name, Func<LanguagePack> pack)
    {
        Code = code;
        Name = name;
        this.pack = pack;
    }

    /// <summary>
    /// English, trained on UD English EWT (CC BY-SA 4.0) and the CC BY genres of UD English GUM (CC BY 4.0); see the
    /// package's licence notes.
    /// </summary>
    public static LanguageModel English { get; } = new("en", "English", () => LanguagePack.English);

    /// <summary>The language's code (<c>en</c>).</summary>
    public string Code { get; }

    /// <summary>The language's name in English (<c>English</c>).</summary>
    public string Name { get; }

    internal LanguagePack Pack => pack();

    /// <summary>
    /// Analyses <paramref name="text"/>: its sentences, its words (Universal Dependencies tokenisation: <c>don't</c>
    /// is <c>do</c> + <c>n't</c>) with their tags, heads and relations, and its named entities, every one with its
    /// offsets into <paramref name="text"/>.
    /// </summary>
    /// <param name="text">Plain text, one paragraph per line. It is never altered.</param>
    /// <param name="cancellationToken">Stops the work early.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Analysis Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var document = Analyzer.Run(Pack, text, parse: null, cancellationToken);
        return Analysis.From(document);
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
