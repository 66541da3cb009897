using Attribution.People;
using Attribution.Text;

namespace Attribution.Tests.People;

/// <summary>Runs the people stage on a made-up text with no quotations marked.</summary>
internal static class PeopleText
{
    public static (Document Document, List<NameMention> Mentions) Mentions(string text)
    {
        var document = Document.Parse(text, Tokenizer.Instance);
        var insideQuote = new bool[document.Tokens.Length];
        return (document, MentionFinder.Find(document, NameLexicon.Default, insideQuote));
    }

    public static (List<NameMention> Mentions, PersonIndex Index) Index(string text)
    {
        var (_, mentions) = Mentions(text);
        return (mentions, PersonIndex.Build(mentions, FirstNames.Default));
    }

    public static string SpanText(string text, NameMention mention) => text[mention.Span.Start..mention.Span.End];
}
