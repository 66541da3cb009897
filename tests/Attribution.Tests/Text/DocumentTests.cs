using Attribution.Text;
using static Attribution.Tests.Text.TextAssert;

namespace Attribution.Tests.Text;

public class DocumentTests
{
    [Fact]
    public void Keeps_the_callers_string_and_indexes_it()
    {
        const string text = "Council backs bridge\r\n\r\nMr. Smith said, “It is time.” Then he left.";
        var document = Parse(text);

        Assert.Same(text, document.Text);
        Assert.Equal(
            ["Council", "backs", "bridge", "Mr.", "Smith", "said", ",", "“", "It", "is", "time", ".", "”", "Then", "he", "left", "."],
            document.Tokens.ToArray().Select(t => document[t].ToString()));
        Assert.Equal(["Council backs bridge", "Mr. Smith said, “It is time.”", "Then he left."], SentenceTexts(text));
    }

    [Fact]
    public void Token_offsets_survive_control_characters_and_tabs_across_paragraphs()
    {
        const string text = "\tOne\u0001two\n\n\u0002Three\tfour";
        var document = Parse(text);

        Assert.Equal([(1, 4), (5, 8), (11, 16), (17, 21)], document.Tokens.ToArray().Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Combining_marks_stay_inside_their_word()
    {
        const string text = "The cafe\u0301 opened.";

        Assert.Equal(["The", "cafe\u0301", "opened", "."], Parse(text).Tokens.ToArray().Select(t => t.Of(text).ToString()));
    }

    [Fact]
    public void Every_token_maps_to_the_sentence_and_paragraph_that_hold_it()
    {
        const string text = "A headline\nFirst one. Second one!\n“Third,” she said.";
        var document = Parse(text);

        Assert.Equal(document.Tokens.Length, document.SentenceOfToken.Length);
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            var sentence = document.Sentences[document.SentenceOfToken[t]];
            var paragraph = document.Paragraphs[sentence.Paragraph];
            Assert.InRange(t, sentence.FirstToken, sentence.EndToken - 1);
            Assert.InRange(t, paragraph.FirstToken, paragraph.EndToken - 1);
            Assert.True(sentence.Span.Contains(document.Tokens[t].Start));
        }

        Assert.Equal([0, 1, 1, 2], document.Sentences.ToArray().Select(s => s.Paragraph));
    }

    [Fact]
    public void Another_tokenizer_plugs_in_and_gets_the_paragraph_offset()
    {
        const string text = "one two\n  three four";
        var document = Document.Parse(text, new SpaceTokenizer());

        Assert.Equal(["one", "two", "three", "four"], document.Tokens.ToArray().Select(t => document[t].ToString()));
        Assert.Equal(10, document.Tokens[2].Start);
    }

    [Fact]
    public void Honours_cancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Document.Parse("Some text.", Tokenizer.Instance, source.Token));
    }

    [Fact]
    public void Empty_text_gives_an_empty_document()
    {
        var document = Parse("");

        Assert.Empty(document.Tokens.ToArray());
        Assert.Empty(document.Paragraphs.ToArray());
        Assert.Empty(document.Sentences.ToArray());
        Assert.Empty(document.SentenceOfToken.ToArray());
    }

    private sealed class SpaceTokenizer : ITokenizer
    {
        public void Tokenize(ReadOnlySpan<char> text, int offset, PooledList<Token> tokens)
        {
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ' ')
                {
                    start = start < 0 ? i : start;
                }
                else if (start >= 0)
                {
                    tokens.Add(new Token(offset + start, offset + i, TokenKind.Word));
                    start = -1;
                }
            }
        }
    }
}
