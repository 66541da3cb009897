using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Linguistics;

/// <summary>
/// Runs the linguistic layer over a text: the text stage's tokens become words, and the recogniser's count of how
/// the document capitalises each word is taken; then paragraph by paragraph the tagger tags the paragraph, the
/// segmenter splits it into sentences, and each sentence gets its entities and, when asked, its parse. Each step
/// reads only its own paragraph (a piece of one at most <see cref="MaxPieceWords"/> long) or sentence (the counts,
/// one entry per distinct word), so time and memory grow with the text. Working buffers are kept per thread and reused, so a call allocates nothing per word once they are
/// large enough.
/// </summary>
internal static class Analyzer
{
    /// <summary>
    /// The most words tagged, segmented and parsed at once. A longer paragraph (an article on one line, a wall of
    /// quotation marks) is analysed a piece at a time, cut at a sentence's end where one falls near the limit, so the
    /// working buffers, about 160 bytes a word, stay this size whatever the paragraph's length: sized by the paragraph,
    /// a single line of a million quotation marks once took 150 MB of them. A paragraph of news is a few dozen words.
    /// </summary>
    internal const int MaxPieceWords = 1024;

    [ThreadStatic]
    private static Buffers? buffers;

    /// <param name="pack">The language's models.</param>
    /// <param name="text">The text; paragraphs on lines of their own.</param>
    /// <param name="parse">Which sentences to parse (by index); all when null.</param>
    /// <param name="cancellationToken">Checked at every paragraph.</param>
    public static LinguisticDocument Run(LanguagePack pack, string text, Func<LinguisticDocument, int, bool>? parse, CancellationToken cancellationToken) =>
        Run(pack, Document.Parse(text, Tokenizer.Instance, cancellationToken), ownsDocument: true, parse, cancellationToken);

    /// <summary>
    /// Analyses a text the text stage has already read, so that the attribution and the linguistic layer share its
    /// tokens; the caller keeps ownership of <paramref name="text"/> unless <paramref name="ownsDocument"/>.
    /// </summary>
    public static LinguisticDocument Run(
        LanguagePack pack, Document text, bool ownsDocument, Func<LinguisticDocument, int, bool>? parse, CancellationToken cancellationToken)
    {
        var document = Prepare(pack, text, ownsDocument, onDemand: false, cancellationToken);
        var work = buffers ??= new Buffers();
        for (var p = 0; p < document.Document.Paragraphs.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            AnalyzeParagraph(document, p, parse, recognize: true, work);
        }

        work.Trim();
        return document;
    }

    /// <summary>
    /// Splits a text the text stage has read into words and leaves its paragraphs to be analysed on demand, without
    /// entities (<see cref="LinguisticDocument.EnsureAnalyzed"/>), and its sentences to be parsed on demand
    /// (<see cref="LinguisticDocument.EnsureParsed"/>).
    /// </summary>
    public static LinguisticDocument OnDemand(LanguagePack pack, Document text, CancellationToken cancellationToken) =>
        Prepare(pack, text, ownsDocument: false, onDemand: true, cancellationToken);

    /// <summary>Parses one sentence of an analysed paragraph, from the tags it was given.</summary>
    internal static void ParseSentence(LinguisticDocument document, WordRange sentence)
    {
        var work = buffers ??= new Buffers();
        var n = sentence.Length;

        // The parser reads only each word's lower-case hash and its cluster, not the ten that tagging computed.
        var hashes = work.Hashes(n);
        var clusters = work.Clusters(n);
        var words = document.Words.AsSpan()[sentence.FirstWord..sentence.EndWord];
        for (var i = 0; i < n; i++)
        {
            hashes[i] = FeatureHash.OfLower(words[i].Of(document.Text));
            clusters[i] = document.Pack.Tagger.Clusters.Of(hashes[i]);
        }

        Parse(document, sentence.FirstWord, hashes, clusters, document.Tags.AsSpan()[sentence.FirstWord..sentence.EndWord], work);
        work.Trim();
    }

    private static bool NoParse(LinguisticDocument document, int sentence) => false;

    /// <summary>Every paragraph's words, and how the whole text capitalises them (which the recogniser reads).</summary>
    private static LinguisticDocument Prepare(
        LanguagePack pack, Document text, bool ownsDocument, bool onDemand, CancellationToken cancellationToken)
    {
        var document = new LinguisticDocument(pack, text, ownsDocument, onDemand);
        var work = buffers ??= new Buffers();
        var paragraphs = document.Document.Paragraphs;
        work.Cases.Clear();
        work.Labelled.Clear();
        for (var p = 0; p < paragraphs.Length; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var paragraph = paragraphs[p];
            var first = document.Words.Count;
            document.ParagraphFirstWord.Add(first);
            WordSplitter.Split(document.Text, document.Document.Tokens[paragraph.FirstToken..paragraph.EndToken], pack.Exceptions, document.Words, paragraph.FirstToken);
            if (!onDemand)
            {
                work.Cases.Add(document.Text, document.Words.AsSpan()[first..]);
            }
        }

        document.ParagraphFirstWord.Add(document.Words.Count);
        for (var w = 0; w < document.Words.Count; w++)
        {
            document.Tags.Add(0);
            document.Heads.Add(LinguisticDocument.Unparsed);
            document.Relations.Add(0);
        }

        return document;
    }

    /// <summary>Tags paragraph <paramref name="p"/> of a document analysed on demand and finds its sentences, without entities or parses.</summary>
    internal static void AnalyzeOnDemand(LinguisticDocument document, int p)
    {
        var work = buffers ??= new Buffers();
        AnalyzeParagraph(document, p, NoParse, recognize: false, work);
        work.Trim();
    }

    private static void AnalyzeParagraph(
        LinguisticDocument document, int p, Func<LinguisticDocument, int, bool>? parse, bool recognize, Buffers work)
    {
        var firstWord = document.ParagraphFirstWord.AsSpan()[p];
        var endWord = document.ParagraphFirstWord.AsSpan()[p + 1];
        document.ParagraphSentences.AsSpan()[p] = document.Sentences.Count;
        var sentences = 0;
        for (var piece = firstWord; piece < endWord;)
        {
            var end = PieceEnd(document, piece, endWord);
            sentences += AnalyzePiece(document, p, piece - firstWord, end - piece, parse, recognize, work);
            piece = end;
        }

        document.ParagraphSentenceCount.AsSpan()[p] = sentences;
    }

    /// <summary>
    /// Where the piece of a paragraph that starts at <paramref name="first"/> ends: the paragraph's end if it is within
    /// <see cref="MaxPieceWords"/>, else after the last sentence mark (and any closing quotation marks or brackets after
    /// it) in the second half of the piece, else at the limit, inside a sentence of hundreds of words, which no rule
    /// parses.
    /// </summary>
    private static int PieceEnd(LinguisticDocument document, int first, int end)
    {
        if (end - first <= MaxPieceWords)
        {
            return end;
        }

        var text = document.Text;
        var words = document.Words.AsSpan();
        var limit = first + MaxPieceWords;
        for (var w = limit - 1; w >= first + (MaxPieceWords / 2); w--)
        {
            var form = words[w].Of(text);
            if (form.Length > 0 && !form.ContainsAnyExcept("!?.…"))
            {
                var after = w + 1;
                while (after < limit && words[after].Of(text) is [ '"' or '”' or '’' or '\'' or ')' or ']' or '»' ])
                {
                    after++;
                }

                return after;
            }
        }

        return limit;
    }

    /// <summary>
    /// Tags a piece of paragraph <paramref name="p"/> (<paramref name="count"/> words from its word
    /// <paramref name="offset"/>), finds its sentences and, if asked, their entities, and parses those
    /// <paramref name="parse"/> selects.
    /// </summary>
    /// <returns>How many sentences the piece has.</returns>
    private static int AnalyzePiece(
        LinguisticDocument document, int p, int offset, int count, Func<LinguisticDocument, int, bool>? parse, bool recognize, Buffers work)
    {
        var pack = document.Pack;
        var text = document.Text;
        var paragraphFirst = document.ParagraphFirstWord.AsSpan()[p];
        var paragraph = document.Words.AsSpan()[paragraphFirst..document.ParagraphFirstWord.AsSpan()[p + 1]];
        var firstWord = paragraphFirst + offset;
        var words = paragraph.Slice(offset, count);
        var n = words.Length;
        if (n == 0)
        {
            return 0;
        }

        var lexical = work.Lexical(n);
        LexicalFeatures.Compute(text, words, lexical);
        var tags = work.Tags(n);
        pack.Tagger.Tag(lexical, tags);
        tags.CopyTo(document.Tags.AsSpan()[firstWord..(firstWord + n)]);

        work.Starts.Clear();
        pack.Segmenter.Segment(text, words, lexical, tags, work.Starts);
        var starts = work.Starts.AsSpan();
        var firstSentence = document.Sentences.Count;
        for (var s = 0; s < starts.Length; s++)
        {
            var start = starts[s];
            var end = s + 1 < starts.Length ? starts[s + 1] : n;
            document.Sentences.Add(new WordRange(firstWord + start, firstWord + end, p));
        }

        for (var s = 0; s < starts.Length; s++)
        {
            var start = starts[s];
            var end = s + 1 < starts.Length ? starts[s + 1] : n;
            if (recognize)
            {
                Recognize(document, firstWord + start, lexical[start..end], tags[start..end], paragraph, offset + start, work);
            }

            if (parse is null || parse(document, firstSentence + s))
            {
                var hashes = work.Hashes(end - start);
                var clusters = work.Clusters(end - start);
                for (var i = start; i < end; i++)
                {
                    hashes[i - start] = lexical[i].Lower;
                    clusters[i - start] = lexical[i].Cluster;
                }

                Parse(document, firstWord + start, hashes, clusters, tags[start..end], work);
            }
        }

        return starts.Length;
    }

    /// <param name="document">The document being analysed.</param>
    /// <param name="firstWord">The sentence's first word in the document.</param>
    /// <param name="lexical">The sentence's lexical features.</param>
    /// <param name="tags">The sentence's tags.</param>
    /// <param name="paragraph">The words of the paragraph holding the sentence.</param>
    /// <param name="start">Where the sentence starts in <paramref name="paragraph"/>.</param>
    /// <param name="work">The thread's buffers.</param>
    private static void Recognize(
        LinguisticDocument document, int firstWord, ReadOnlySpan<LexicalFeatures> lexical, ReadOnlySpan<byte> tags, ReadOnlySpan<Word> paragraph, int start, Buffers work)
    {
        var n = lexical.Length;
        var names = work.Names(n);
        var cases = document.Pack.Entities.Cases;
        var text = document.Text;
        for (var i = 0; i < n; i++)
        {
            var band = work.Cases.BandOf(text, paragraph, start + i, lexical[i].Lower);
            names[i] = EntityFeatures.Describe(paragraph[start + i].Of(text), lexical[i].Lower, cases, band);
        }

        var labels = work.Labels(n);
        document.Pack.Entities.Recognize(lexical, tags, names, labels, work.Labelled);
        var opened = -1;
        for (var i = 0; i < n; i++)
        {
            if (EntityLabels.Opens(labels[i]))
            {
                opened = i;
            }

            if (EntityLabels.Closes(labels[i]) && opened >= 0)
            {
                document.Entities.Add(new EntityMention(firstWord + opened, firstWord + i + 1, EntityLabels.TypeOf(labels[i])));
                opened = -1;
            }
        }
    }

    /// <param name="document">The document being analysed.</param>
    /// <param name="firstWord">The sentence's first word in the document.</param>
    /// <param name="hashes">The sentence's lower-case word hashes (<see cref="LexicalFeatures.Lower"/>).</param>
    /// <param name="clusters">The sentence's word clusters (<see cref="LexicalFeatures.Cluster"/>).</param>
    /// <param name="tags">The sentence's tags.</param>
    /// <param name="work">The thread's buffers.</param>
    private static void Parse(LinguisticDocument document, int firstWord, ReadOnlySpan<ulong> hashes, ReadOnlySpan<int> clusters, ReadOnlySpan<byte> tags, Buffers work)
    {
        var n = hashes.Length;
        var punctuation = work.Punctuation(n);
        var punctuationClasses = document.Pack.PunctuationClasses;
        for (var i = 0; i < n; i++)
        {
            punctuation[i] = punctuationClasses[tags[i]];
        }

        var state = work.State;
        document.Pack.Parser.Parse(state, hashes, clusters, tags, punctuation);
        var heads = document.Heads.AsSpan();
        var relations = document.Relations.AsSpan();
        for (var i = 0; i < n; i++)
        {
            var head = state.Heads[i];
            heads[firstWord + i] = head == state.Root ? LinguisticDocument.Root : firstWord + head;
            relations[firstWord + i] = state.Relations[i];
        }
    }

    /// <summary>One thread's working arrays, grown to the longest paragraph seen and cut back after a huge one.</summary>
    private sealed class Buffers
    {
        private const int KeepLength = 8192;

        private LexicalFeatures[] lexical = new LexicalFeatures[256];
        private byte[] tags = new byte[256];
        private byte[] labels = new byte[256];
        private ulong[] names = new ulong[256];
        private ulong[] hashes = new ulong[256];
        private int[] clusters = new int[256];
        private bool[] punctuation = new bool[256];

        public PooledList<int> Starts { get; private set; } = new(64);

        public ParseState State { get; private set; } = new();

        /// <summary>How the document being analysed capitalises its words.</summary>
        public DocumentCases Cases { get; private set; } = new();

        /// <summary>What the recogniser called the document's words so far.</summary>
        public DocumentLabels Labelled { get; private set; } = new();

        public Span<LexicalFeatures> Lexical(int n) => Ensure(ref lexical, n);

        public Span<byte> Tags(int n) => Ensure(ref tags, n);

        public Span<byte> Labels(int n) => Ensure(ref labels, n);

        public Span<ulong> Names(int n) => Ensure(ref names, n);

        public Span<ulong> Hashes(int n) => Ensure(ref hashes, n);

        public Span<int> Clusters(int n) => Ensure(ref clusters, n);

        public Span<bool> Punctuation(int n) => Ensure(ref punctuation, n);

        /// <summary>Drops arrays grown past <see cref="KeepLength"/>, so one huge text does not pin its memory to the thread.</summary>
        public void Trim()
        {
            if (lexical.Length > KeepLength || State.Length > KeepLength || Cases.Count > KeepLength || Labelled.Count > KeepLength)
            {
                lexical = new LexicalFeatures[256];
                tags = new byte[256];
                labels = new byte[256];
                names = new ulong[256];
                hashes = new ulong[256];
                clusters = new int[256];
                punctuation = new bool[256];
                State = new ParseState();
                Cases = new DocumentCases();
                Labelled = new DocumentLabels();
                Starts.Dispose();
                Starts = new PooledList<int>(64);
            }
        }

        private static Span<T> Ensure<T>(ref T[] array, int n)
        {
            if (array.Length < n)
            {
                array = new T[Math.Max(n, array.Length * 2)];
            }

            return array.AsSpan(0, n);
        }
    }
}
