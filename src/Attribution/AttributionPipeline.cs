using Attribution.People;
using Attribution.Quotes;
using Attribution.Speakers;
using Attribution.Speakers.Ranking;
using Attribution.Text;

namespace Attribution;

/// <summary>
/// The stages in the order the text flows through them: Text (paragraphs, sentences, tokens) → Quotes (paired
/// marks) → People (names, titles, persons) → Speakers (rules, pronouns, reported speech) → the public result.
/// Immutable once built, so one pipeline serves many threads.
/// </summary>
internal sealed class AttributionPipeline
{
    private readonly ITokenizer tokenizer;
    private readonly NameLexicon names;
    private readonly CueLexicon cues;
    private readonly SpeakerStage speakers;

    /// <summary>A pipeline whose speakers <paramref name="ranker"/> chooses among the rules' proposals (the default one when null).</summary>
    /// <param name="options">The caller's options.</param>
    /// <param name="tokenizer">Splits the text; the library's own when null.</param>
    /// <param name="ranker">Chooses among the proposals.</param>
    public AttributionPipeline(AttributionOptions options, ITokenizer? tokenizer = null, ISpeakerRanker? ranker = null)
    {
        speakers = new SpeakerStage(ranker);
        this.tokenizer = tokenizer ?? Tokenizer.Instance;
        names = options.ExtraTitles.Count == 0 ? NameLexicon.Default : new NameLexicon(options.ExtraTitles);
        cues = options.ExtraCueVerbs.Count == 0 ? CueLexicon.Default : new CueLexicon(options.ExtraCueVerbs);
    }

    public AttributionResult Run(string text, CancellationToken cancellationToken)
    {
        var workspace = Workspace.Rent();
        using var document = Document.Parse(text, tokenizer, cancellationToken);
        workspace.Reserve(document.Tokens.Length);
        var quotes = QuoteFinder.Find(document, workspace.Quotes, nested: false, cancellationToken);
        var insideQuote = MarkInsideQuotes(document, quotes);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = MentionFinder.Find(
                document, names, insideQuote.AsSpan(0, document.Tokens.Length), workspace.Strings, workspace.Mentions);
            var people = PersonIndex.Build(mentions, FirstNames.Default, cancellationToken);
            using var context = new AttributionContext(document, quotes, insideQuote, mentions, people, names, cues, workspace.Strings);
            return Attribute(context, workspace, cancellationToken);
        }
        finally
        {
            WorkArrays<bool>.Return(insideQuote);
            workspace.Return();
        }
    }

    private AttributionResult Attribute(AttributionContext context, Workspace workspace, CancellationToken cancellationToken)
    {
        var usedCues = workspace.UsedCues;
        var decided = speakers.Decide(context, usedCues, cancellationToken);
        var extra = workspace.Extra;
        BlockQuoteFinder.Find(context, extra);
        TranscriptFinder.Find(context, extra);
        ReportedSpeechFinder.Find(context, usedCues, extra);
        cancellationToken.ThrowIfCancellationRequested();

        return ResultBuilder.Build(context, decided, extra);
    }

    /// <summary>A rented table, longer than the tokens: read only its first <c>Tokens.Length</c> entries.</summary>
    private static bool[] MarkInsideQuotes(Document document, List<QuoteSpan> quotes)
    {
        var inside = WorkArrays<bool>.Rent(document.Tokens.Length);
        inside.AsSpan(0, document.Tokens.Length).Clear();
        foreach (var quote in quotes)
        {
            var last = quote.IsClosed ? quote.CloseToken : document.Paragraphs[quote.Paragraph].EndToken;
            inside.AsSpan(quote.OpenToken + 1, last - quote.OpenToken - 1).Fill(true);
        }

        return inside;
    }
}
