using Attribution.People;

namespace Attribution.Speakers;

/// <summary>
/// Resolves <c>he</c> and <c>she</c> to the nearest earlier person of that gender, outside quotations, within a few
/// paragraphs; a person whose gender nothing tells is the fallback. Only the people stage's people are candidates.
/// </summary>
internal static class PronounResolver
{
    private const int ParagraphReach = 3;
    private const int MaxCandidates = 64;

    public static int Resolve(AttributionContext context, int token)
    {
        var gender = context.Names.GenderOf(context[token]);
        if (gender == Gender.Unknown)
        {
            return -1;
        }

        var mentions = context.Mentions;
        var position = context.Tokens[token].Start;
        var paragraph = context.Document.Sentences[context.Document.SentenceOfToken[token]].Paragraph;
        var k = UpperBound(mentions, position) - 1;
        var fallback = -1;
        for (var seen = 0; k >= 0 && seen < MaxCandidates; k--, seen++)
        {
            var mention = mentions[k];
            var mentionParagraph = context.Document.Sentences[context.Document.SentenceOfToken[mention.FirstToken]].Paragraph;
            if (mentionParagraph < paragraph - ParagraphReach)
            {
                break;
            }

            var person = context.People.PersonOf(k);
            if (mention.InsideQuote || person < 0 || !context.People.People[person].Verified)
            {
                continue;
            }

            var personGender = context.People.People[person].Gender;
            if (personGender == gender)
            {
                return person;
            }

            if (personGender == Gender.Unknown && fallback < 0)
            {
                fallback = person;
            }
        }

        return fallback;
    }

    /// <summary>The index of the first mention that ends after <paramref name="position"/>.</summary>
    private static int UpperBound(List<NameMention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (mentions[mid].Span.End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }
}
