using Attribution.People;
using Attribution.Quotes;
using Attribution.Speakers;
using Attribution.Text;

namespace Attribution.Tests.Speakers;

/// <summary>Builds the speaker stage's context the way the pipeline does, for tests that call its internals.</summary>
internal static class Contexts
{
    public static AttributionContext Build(string text)
    {
        var document = Document.Parse(text, Tokenizer.Instance);
        var quotes = QuoteFinder.Find(document).FindAll(static q => q.Depth == 0);
        var inside = new bool[document.Tokens.Length];
        foreach (var quote in quotes)
        {
            var last = quote.IsClosed ? quote.CloseToken : document.Paragraphs[quote.Paragraph].EndToken;
            inside.AsSpan(quote.OpenToken + 1, last - quote.OpenToken - 1).Fill(true);
        }

        var mentions = MentionFinder.Find(document, NameLexicon.Default, inside);
        var people = PersonIndex.Build(mentions, FirstNames.Default);
        return new AttributionContext(document, quotes, inside, mentions, people, NameLexicon.Default, CueLexicon.Default);
    }

    /// <summary>The index of the <paramref name="occurrence"/>-th token whose text is exactly <paramref name="word"/>.</summary>
    public static int TokenOf(Document document, string word, int occurrence = 0)
    {
        for (var t = 0; t < document.Tokens.Length; t++)
        {
            if (document[document.Tokens[t]].SequenceEqual(word) && occurrence-- == 0)
            {
                return t;
            }
        }

        throw new ArgumentException($"No token '{word}' in the text.", nameof(word));
    }
}
