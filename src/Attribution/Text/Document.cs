namespace Attribution.Text;

/// <summary>
/// The text stage's result: the caller's string, untouched, with its paragraphs, sentences and tokens. Later stages
/// read spans of it and never copy it. The token-sized tables live in pooled arrays, so a document is disposed when
/// its attribution is over and nothing may keep its spans beyond that.
/// </summary>
internal sealed class Document : IDisposable
{
    private readonly PooledList<Token> tokens;
    private readonly PooledList<Paragraph> paragraphs;
    private readonly PooledList<Sentence> sentences;
    private readonly PooledList<int> sentenceOfToken;

    private Document(
        string text, PooledList<Token> tokens, PooledList<Paragraph> paragraphs, PooledList<Sentence> sentences, PooledList<int> sentenceOfToken)
    {
        Text = text;
        this.tokens = tokens;
        this.paragraphs = paragraphs;
        this.sentences = sentences;
        this.sentenceOfToken = sentenceOfToken;
    }

    public string Text { get; }

    public ReadOnlySpan<Token> Tokens => tokens.AsSpan();

    public ReadOnlySpan<Paragraph> Paragraphs => paragraphs.AsSpan();

    public ReadOnlySpan<Sentence> Sentences => sentences.AsSpan();

    /// <summary>For each token, the index of its sentence.</summary>
    public ReadOnlySpan<int> SentenceOfToken => sentenceOfToken.AsSpan();

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public static Document Parse(string text, ITokenizer tokenizer, CancellationToken cancellationToken = default)
    {
        // Paragraphs are counted first, a scan for line breaks, so their table is sized exactly. Tokens and sentences
        // start from news rates (about five characters a token, two hundred a sentence) for the first kilobytes and
        // are then sized by the rate seen so far, so a text far denser than news (a character per token) grows its
        // tables once instead of doubling its way up.
        var paragraphCount = ParagraphSplitter.Count(text);
        var start = Math.Min(text.Length, Growth.ProjectEvery);
        var tokens = new PooledList<Token>((start / 5) + 16);
        var paragraphs = new PooledList<Paragraph>(paragraphCount);
        var sentences = new PooledList<Sentence>(paragraphCount + (start / 200) + 16);
        var position = 0;
        while (ParagraphSplitter.Next(text, ref position) is { } span)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (span.Start >= Growth.ProjectEvery)
            {
                tokens.Anticipate(tokens.Count, span.Start, text.Length);
                sentences.Anticipate(sentences.Count, span.Start, text.Length);
            }

            var first = tokens.Count;
            tokenizer.Tokenize(text.AsSpan(span.Start, span.Length), span.Start, tokens);
            paragraphs.Add(new Paragraph(span, first, tokens.Count));
            SentenceSplitter.Split(text, tokens.AsSpan()[first..], first, paragraphs.Count - 1, sentences);
        }

        var sentenceOfToken = PooledList<int>.Filled(tokens.Count, 0);
        var sentenceOf = sentenceOfToken.AsSpan();
        var all = sentences.AsSpan();
        for (var s = 0; s < all.Length; s++)
        {
            sentenceOf[all[s].FirstToken..all[s].EndToken].Fill(s);
        }

        return new Document(text, tokens, paragraphs, sentences, sentenceOfToken);
    }

    public void Dispose()
    {
        tokens.Dispose();
        paragraphs.Dispose();
        sentences.Dispose();
        sentenceOfToken.Dispose();
    }
}
