using System.Runtime.InteropServices;
using Attribution.People;
using Attribution.Quotes;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>Everything the attribution rules read: the earlier stages' results and token-indexed lookups over them.</summary>
internal sealed class AttributionContext : IDisposable
{
    private readonly bool[] insideQuote;
    private readonly int[] mentionAt;
    private readonly bool[] quoteBoundary;
    private TitleHolders? titleHolders;
    private int[]? addressed;
    private Linguistics.LinguisticDocument? linguistics;

    public AttributionContext(
        Document document,
        List<QuoteSpan> quotes,
        bool[] insideQuote,
        List<NameMention> mentions,
        PersonIndex people,
        NameLexicon names,
        CueLexicon cues,
        StringPool? strings = null)
    {
        Strings = strings ?? new StringPool();
        Document = document;
        Quotes = quotes;
        this.insideQuote = insideQuote;
        Mentions = mentions;
        People = people;
        Names = names;
        Cues = cues;
        // Rented, as the tokens are: token-sized tables are, with the tokens, most of what an attribution would
        // allocate. A table rather than a set of boundaries: a text of nothing but quotations has as many as tokens.
        var count = document.Tokens.Length;
        quoteBoundary = WorkArrays<bool>.Rent(count);
        quoteBoundary.AsSpan(0, count).Clear();
        foreach (var quote in quotes)
        {
            quoteBoundary[quote.OpenToken] = true;
            if (quote.CloseToken >= 0)
            {
                quoteBoundary[quote.CloseToken] = true;
            }
        }

        // One table for where mentions start and end: they never overlap, so each token is in one at most.
        mentionAt = WorkArrays<int>.Rent(count);
        mentionAt.AsSpan(0, count).Fill(-1);
        for (var m = 0; m < mentions.Count; m++)
        {
            // A lone capitalised word that is no one's surname ("PHE", "Wellbeing") is not a name to the rules.
            if (!mentions[m].Titled && people.PersonOf(m) < 0)
            {
                continue;
            }

            mentionAt.AsSpan(mentions[m].FirstToken, mentions[m].EndToken - mentions[m].FirstToken).Fill(m);
        }
    }

    public Document Document { get; }

    /// <summary>
    /// The linguistic layer's reading of the same tokens, made on first use (most texts' quotations are decided by the
    /// word rules, and then the models are neither loaded nor run); its paragraphs are analysed and its sentences
    /// parsed as the rules ask.
    /// </summary>
    public Linguistics.LinguisticDocument Linguistics =>
        linguistics ??= Attribution.Linguistics.Analyzer.OnDemand(Attribution.Linguistics.LanguagePack.English, Document, CancellationToken.None);

    /// <summary>The top-level quotations, in order of position.</summary>
    public List<QuoteSpan> Quotes { get; }

    /// <summary>For each token, whether it lies inside a quotation's marks.</summary>
    public ReadOnlySpan<bool> InsideQuote => insideQuote.AsSpan(0, Document.Tokens.Length);

    public List<NameMention> Mentions { get; }

    public PersonIndex People { get; }

    public NameLexicon Names { get; }

    public CueLexicon Cues { get; }

    /// <summary>The call's strings: names, cues and mentions repeat, and each distinct one is allocated once.</summary>
    public StringPool Strings { get; }

    public ReadOnlySpan<Token> Tokens => Document.Tokens;

    public ReadOnlySpan<char> this[int token] => Document[Document.Tokens[token]];

    public int MentionStartingAt(int token)
    {
        var m = mentionAt.AsSpan(0, Document.Tokens.Length)[token];
        return m >= 0 && CollectionsMarshal.AsSpan(Mentions)[m].FirstToken == token ? m : -1;
    }

    /// <summary>
    /// Whether a mention is surely a person: titled, or of a person the first-name table knows. Where a rule has to
    /// choose between a name and the words around it, only these win ("El Paso", "Holy See" stay words).
    /// </summary>
    public bool IsVerifiedPerson(int mention)
    {
        var person = People.PersonOf(mention);
        return Mentions[mention].Titled || (person >= 0 && People.People[person].Verified);
    }

    /// <summary>Who holds each title, built on first use ("the President" asks for it).</summary>
    public TitleHolders TitleHolders => titleHolders ??= new TitleHolders(People, Mentions);

    /// <summary>The person an interviewer's turn in paragraph <paramref name="paragraph"/> speaks to, or -1 (built on first use).</summary>
    public int AddressedIn(int paragraph) => (addressed ??= TranscriptFinder.AddressedPeople(this))[paragraph];

    public void Dispose()
    {
        WorkArrays<int>.Return(mentionAt);
        WorkArrays<bool>.Return(quoteBoundary);
        linguistics?.Dispose();
    }

    /// <summary>Whether the token opens or closes a top-level quotation (a mark that pairs with nothing is an apostrophe).</summary>
    public bool IsQuoteBoundary(int token) => (uint)token < (uint)Document.Tokens.Length && quoteBoundary[token];

    public int MentionEndingAt(int token)
    {
        var m = mentionAt.AsSpan(0, Document.Tokens.Length)[token];
        return m >= 0 && CollectionsMarshal.AsSpan(Mentions)[m].EndToken - 1 == token ? m : -1;
    }

    public Paragraph ParagraphOf(int token) => Document.Paragraphs[Document.Sentences[Document.SentenceOfToken[token]].Paragraph];

    public Sentence SentenceOf(int token) => Document.Sentences[Document.SentenceOfToken[token]];

    public bool IsWord(int token, string word) => Words.Is(Document, Tokens[token], word);

    public bool IsPunctuation(int token, char c) => Words.IsPunctuation(Document, Tokens[token], c);

    /// <summary>A full stop, question or exclamation mark, ellipsis or semicolon: the writer's clause is over.</summary>
    public bool IsClauseEnd(int token)
    {
        var t = Tokens[token];
        return t.Kind == TokenKind.Punctuation && Document.Text[t.Start] is '.' or '!' or '?' or '…' or ';';
    }
}
