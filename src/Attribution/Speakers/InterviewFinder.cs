using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Interview transcripts label each answer with its speaker: <c>Ann Lee: We will rebuild the pier.</c> A paragraph
/// that opens with a person's name and a colon, and holds no quotation marks, is that person's words (a block
/// quotation). Single-letter labels (<c>Q:</c>, <c>A:</c>) say only who asks, not who answers, and are left alone.
/// </summary>
internal static class InterviewFinder
{
    public static void Find(AttributionContext context, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> found)
    {
        var document = context.Document;
        for (var p = 0; p < document.Paragraphs.Length; p++)
        {
            var paragraph = document.Paragraphs[p];
            var mention = context.MentionStartingAt(paragraph.FirstToken);
            if (mention < 0 || !context.IsVerifiedPerson(mention))
            {
                continue;
            }

            var colon = context.Mentions[mention].EndToken;
            if (colon + 1 >= paragraph.EndToken || !context.IsPunctuation(colon, ':') || HasQuoteMarks(context, colon + 1, paragraph.EndToken))
            {
                continue;
            }

            var speaker = new SpeakerPhrase(SpeakerKind.Name, paragraph.FirstToken, colon, mention);
            var content = new TextSpan(context.Tokens[colon + 1].Start, paragraph.Span.End);
            found.Add((content, QuoteKind.Block, new Decision(speaker, -1, -1, AttributionRule.Interview, 0.85, colon + 1)));
        }
    }

    private static bool HasQuoteMarks(AttributionContext context, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (context.IsQuoteBoundary(t))
            {
                return true;
            }
        }

        return false;
    }
}
