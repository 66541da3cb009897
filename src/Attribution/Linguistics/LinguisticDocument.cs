using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Linguistics;

/// <summary>
/// The linguistic layer's result over one text: the text stage's tokens and paragraphs, the words the models read,
/// and per word its tag, head and relation, with the sentences and the named entities. Word-sized tables live in
/// pooled arrays, so the document is disposed when its reader is done.
/// </summary>
internal sealed class LinguisticDocument : IDisposable
{
    /// <summary>The head of a word the parser was not asked to parse.</summary>
    public const int Unparsed = -2;

    /// <summary>The head of a sentence's root word.</summary>
    public const int Root = -1;

    private readonly bool ownsDocument;
    private readonly bool onDemand;
    private PooledList<int>? firstWordOfToken;

    internal LinguisticDocument(LanguagePack pack, Document document, bool ownsDocument = true, bool onDemand = false)
    {
        this.ownsDocument = ownsDocument;
        this.onDemand = onDemand;
        Pack = pack;
        Document = document;
        // Clitics and hyphens make a few more words than tokens (2% on news); the margin spares the word-sized tables
        // a copy at twice the size.
        var capacity = document.Tokens.Length + (document.Tokens.Length / 8) + 16;
        Words = new PooledList<Word>(capacity);
        Tags = new PooledList<byte>(capacity);
        Heads = new PooledList<int>(capacity);
        Relations = new PooledList<byte>(capacity);
        Sentences = new PooledList<WordRange>(capacity / 20);
        // Analysed on demand, for attribution, a document's entities are not recognised.
        Entities = new PooledList<EntityMention>(onDemand ? 16 : capacity / 20);
        var paragraphs = document.Paragraphs.Length;
        ParagraphFirstWord = new PooledList<int>(paragraphs + 1);
        ParagraphSentences = PooledList<int>.Filled(paragraphs, NotAnalyzed);
        ParagraphSentenceCount = PooledList<int>.Filled(paragraphs, 0);
    }

    /// <summary>A paragraph's place in <see cref="ParagraphSentences"/> before it is analysed.</summary>
    public const int NotAnalyzed = -1;

    public LanguagePack Pack { get; }

    public string Text => Document.Text;

    public Document Document { get; }

    public PooledList<Word> Words { get; }

    /// <summary>Each word's tagger class (see the pack's <see cref="Tagging.TagSet"/>).</summary>
    public PooledList<byte> Tags { get; }

    /// <summary>Each word's head as a word index, <see cref="Root"/> or <see cref="Unparsed"/>.</summary>
    public PooledList<int> Heads { get; }

    /// <summary>Each word's relation, an index into the parser's relations.</summary>
    public PooledList<byte> Relations { get; }

    /// <summary>
    /// The sentences, each paragraph's together and in order; the paragraphs themselves in text order unless the
    /// document is analysed on demand (<see cref="EnsureAnalyzed"/>), when they come in the order they were asked for.
    /// </summary>
    public PooledList<WordRange> Sentences { get; }

    /// <summary>Where each paragraph's words start, with the word count at the end.</summary>
    public PooledList<int> ParagraphFirstWord { get; }

    /// <summary>Where each paragraph's sentences start in <see cref="Sentences"/>, or <see cref="NotAnalyzed"/>.</summary>
    public PooledList<int> ParagraphSentences { get; }

    /// <summary>How many sentences each analysed paragraph has.</summary>
    public PooledList<int> ParagraphSentenceCount { get; }

    /// <summary>
    /// Tags and segments paragraph <paramref name="paragraph"/> if that has not been done, parsing nothing (see
    /// <see cref="EnsureParsed"/>): attribution reads the parse only around the quotations its word rules leave open,
    /// so it analyses only their paragraphs.
    /// </summary>
    public void EnsureAnalyzed(int paragraph)
    {
        if (ParagraphSentences.AsSpan()[paragraph] == NotAnalyzed)
        {
            Analyzer.AnalyzeOnDemand(this, paragraph);
        }
    }

    /// <summary>
    /// Parses sentence <paramref name="sentence"/> of an analysed paragraph if it has no parse yet and is no longer than
    /// <see cref="ParseSelection.MaxWords"/> (a longer run-on is left unparsed, as no rule reads its tree).
    /// </summary>
    public void EnsureParsed(int sentence)
    {
        var range = Sentences.AsSpan()[sentence];
        if (range.Length is > 0 and <= ParseSelection.MaxWords && Heads.AsSpan()[range.FirstWord] == Unparsed)
        {
            Analyzer.ParseSentence(this, range);
        }
    }

    public PooledList<EntityMention> Entities { get; }

    /// <summary>For each text-stage token, the index of its first word (built on first use).</summary>
    public ReadOnlySpan<int> FirstWordOfToken
    {
        get
        {
            if (firstWordOfToken is null)
            {
                var map = PooledList<int>.Filled(Document.Tokens.Length, -1);
                var table = map.AsSpan();
                var words = Words.AsSpan();
                for (var w = words.Length - 1; w >= 0; w--)
                {
                    table[words[w].Token] = w;
                }

                firstWordOfToken = map;
            }

            return firstWordOfToken.AsSpan();
        }
    }

    /// <summary>
    /// The sentence of a word in an analysed paragraph: a binary search for its paragraph, then one over that
    /// paragraph's sentences.
    /// </summary>
    public int SentenceOfWord(int word)
    {
        var starts = ParagraphFirstWord.AsSpan();
        int low = 0, high = starts.Length - 2;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (starts[mid] <= word)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        var first = ParagraphSentences.AsSpan()[low];
        var sentences = Sentences.AsSpan().Slice(first, ParagraphSentenceCount.AsSpan()[low]);
        int s = 0, e = sentences.Length - 1;
        while (s < e)
        {
            var mid = (s + e + 1) / 2;
            if (sentences[mid].FirstWord <= word)
            {
                s = mid;
            }
            else
            {
                e = mid - 1;
            }
        }

        return first + s;
    }

    public PartOfSpeech UposOf(int word) => Pack.Tagger.Tags.Tags[Tags.AsSpan()[word]].Upos;

    public string XposOf(int word) => Pack.Tagger.Tags.Tags[Tags.AsSpan()[word]].Xpos;

    public string RelationOf(int word) => Heads.AsSpan()[word] == Unparsed ? "_" : Pack.Parser.Relations[Relations.AsSpan()[word]];

    public void Dispose()
    {
        if (ownsDocument)
        {
            Document.Dispose();
        }

        firstWordOfToken?.Dispose();
        ParagraphFirstWord.Dispose();
        ParagraphSentences.Dispose();
        ParagraphSentenceCount.Dispose();
        Words.Dispose();
        Tags.Dispose();
        Heads.Dispose();
        Relations.Dispose();
        Sentences.Dispose();
        Entities.Dispose();
    }
}
