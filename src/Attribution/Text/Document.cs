using System.Runtime.InteropServices;

namespace Attribution.Text;

/// <summary>
/// The text stage's result: the caller's string, untouched, with its paragraphs, sentences and tokens. Later stages
/// read spans of it and never copy it.
/// </summary>
internal sealed class Document
{
    private Document(string text, Token[] tokens, Paragraph[] paragraphs, Sentence[] sentences, int[] sentenceOfToken)
    {
        Text = text;
        Tokens = tokens;
        Paragraphs = paragraphs;
        Sentences = sentences;
        SentenceOfToken = sentenceOfToken;
    }

    public string Text { get; }

    public Token[] Tokens { get; }

    public Paragraph[] Paragraphs { get; }

    public Sentence[] Sentences { get; }

    /// <summary>For each token, the index of its sentence.</summary>
    public int[] SentenceOfToken { get; }

    public ReadOnlySpan<char> this[Token token] => Text.AsSpan(token.Start, token.Length);

    public ReadOnlySpan<char> this[TextSpan span] => Text.AsSpan(span.Start, span.Length);

    public static Document Parse(string text, ITokenizer tokenizer, CancellationToken cancellationToken = default)
    {
        var paragraphSpans = new List<TextSpan>();
        ParagraphSplitter.Split(text, paragraphSpans);

        var tokens = new List<Token>(text.Length / 5 + 8);
        var paragraphs = new Paragraph[paragraphSpans.Count];
        var sentences = new List<Sentence>(paragraphSpans.Count * 3);
        for (var p = 0; p < paragraphSpans.Count; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = paragraphSpans[p];
            var first = tokens.Count;
            tokenizer.Tokenize(text.AsSpan(span.Start, span.Length), span.Start, tokens);
            paragraphs[p] = new Paragraph(span, first, tokens.Count);
            SentenceSplitter.Split(text, CollectionsMarshal.AsSpan(tokens)[first..], first, p, sentences);
        }

        var sentenceOfToken = new int[tokens.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            sentenceOfToken.AsSpan(sentences[s].FirstToken, sentences[s].EndToken - sentences[s].FirstToken).Fill(s);
        }

        return new Document(text, [.. tokens], paragraphs, [.. sentences], sentenceOfToken);
    }
}
