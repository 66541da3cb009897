using Attribution.Text;

namespace Attribution.Linguistics.Conllu;

/// <summary>
/// The raw text a treebank was made from, rebuilt so that a pipeline can be run on it as on an article and scored
/// against the gold words: tokens joined as their <c>SpaceAfter</c> says, sentences of a paragraph joined by a space,
/// paragraphs on lines of their own and a blank line between documents (the way this library reads articles). Every
/// gold sentence, token and word gets its span in that text.
/// </summary>
internal sealed class TreebankText
{
    private TreebankText(string text, TextSpan[] sentences, TextSpan[][] tokens, TextSpan[][] words)
    {
        Text = text;
        Sentences = sentences;
        Tokens = tokens;
        Words = words;
    }

    public string Text { get; }

    public IReadOnlyList<TextSpan> Sentences { get; }

    /// <summary>For each sentence, the spans of its surface tokens.</summary>
    public IReadOnlyList<TextSpan[]> Tokens { get; }

    /// <summary>
    /// For each sentence, the spans of its words. The words of a multiword token share its characters in order
    /// (<c>don't</c> is <c>do</c> + <c>n't</c>); every English treebank here writes them so.
    /// </summary>
    public IReadOnlyList<TextSpan[]> Words { get; }

    /// <exception cref="FormatException">The words of a multiword token do not spell it.</exception>
    public static TreebankText Build(IReadOnlyList<ConlluSentence> sentences)
    {
        var text = new System.Text.StringBuilder();
        var sentenceSpans = new TextSpan[sentences.Count];
        var tokenSpans = new TextSpan[sentences.Count][];
        var wordSpans = new TextSpan[sentences.Count][];
        var spaceBefore = false;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s > 0)
            {
                text.Append(sentence.NewDocument ? "\n\n" : sentence.NewParagraph ? "\n" : spaceBefore ? " " : "");
            }

            var start = text.Length;
            var tokens = new TextSpan[sentence.Tokens.Count];
            var words = new TextSpan[sentence.Words.Count];
            for (var t = 0; t < sentence.Tokens.Count; t++)
            {
                var token = sentence.Tokens[t];
                var tokenStart = text.Length;
                text.Append(token.Form);
                tokens[t] = new TextSpan(tokenStart, text.Length);
                var wordStart = tokenStart;
                for (var w = token.FirstWord; w < token.FirstWord + token.WordCount; w++)
                {
                    var form = sentence.Words[w].Form;
                    if (token.WordCount > 1 &&
                        string.CompareOrdinal(token.Form, wordStart - tokenStart, form, 0, form.Length) != 0)
                    {
                        throw new FormatException($"sentence {sentence.Id}: the words of '{token.Form}' do not spell it");
                    }

                    words[w] = new TextSpan(wordStart, wordStart + (token.WordCount == 1 ? token.Form.Length : form.Length));
                    wordStart = words[w].End;
                }

                spaceBefore = !token.NoSpaceAfter;
                if (t + 1 < sentence.Tokens.Count && spaceBefore)
                {
                    text.Append(' ');
                }
            }

            sentenceSpans[s] = new TextSpan(start, text.Length);
            tokenSpans[s] = tokens;
            wordSpans[s] = words;
        }

        return new TreebankText(text.ToString(), sentenceSpans, tokenSpans, wordSpans);
    }
}
