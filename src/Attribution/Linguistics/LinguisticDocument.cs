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
    private PooledList<int>? firstWordOfToken;

    internal LinguisticDocument(LanguagePack pack, Document document, bool ownsDocument = true)
    {
        this.ownsDocument = ownsDocument;
        Pack = pack;
        Document = document;
        var capacity = document.Tokens.Length + 16;
        Words = new PooledList<Word>(capacity);
        Tags = new PooledList<byte>(capacity);
        Heads = new PooledList<int>(capacity);
        Relations = new PooledList<byte>(capacity);
        Sentences = new PooledList<WordRange>(capacity / 20);
        Entities = new PooledList<EntityMention>(capacity / 20);
    }

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

    public PooledList<WordRange> Sentences { get; }

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

    /// <summary>The sentence of each word is found by binary search over the sentences' first words.</summary>
    public int SentenceOfWord(int word)
    {
        var sentences = Sentences.AsSpan();
        int low = 0, high = sentences.Length - 1;
        while (low < high)
        {
            var mid = (low + high + 1) / 2;
            if (sentences[mid].FirstWord <= word)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return low;
    }

    /// <summary>The type of the entity that covers <paramref name="word"/>, or null; a binary search over the entities.</summary>
    public EntityType? EntityTypeOf(int word)
    {
        var entities = Entities.AsSpan();
        int low = 0, high = entities.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (entities[mid].EndWord <= word)
            {
                low = mid + 1;
            }
            else if (entities[mid].FirstWord > word)
            {
                high = mid - 1;
            }
            else
            {
                return entities[mid].Type;
            }
        }

        return null;
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
        Words.Dispose();
        Tags.Dispose();
        Heads.Dispose();
        Relations.Dispose();
        Sentences.Dispose();
        Entities.Dispose();
    }
}
