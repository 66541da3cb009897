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

    internal LinguisticDocument(LanguagePack pack, Document document)
    {
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

    public PartOfSpeech UposOf(int word) => Pack.Tagger.Tags.Tags[Tags.AsSpan()[word]].Upos;

    public string XposOf(int word) => Pack.Tagger.Tags.Tags[Tags.AsSpan()[word]].Xpos;

    public string RelationOf(int word) => Heads.AsSpan()[word] == Unparsed ? "_" : Pack.Parser.Relations[Relations.AsSpan()[word]];

    public void Dispose()
    {
        Document.Dispose();
        Words.Dispose();
        Tags.Dispose();
        Heads.Dispose();
        Relations.Dispose();
        Sentences.Dispose();
        Entities.Dispose();
    }
}
