using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// A paragraph that introduces the next one as speech: it ends with a colon or comma after a cue
/// (<c>Road Safety Minister Tom Hale said:</c>, <c>Ann Lee said,</c>) or after a sentence whose subject is a person
/// (<c>Ann Lee, director of the firm, found the scheme invaluable,</c>). Its speaker speaks the paragraphs that follow.
/// </summary>
internal static class IntroFinder
{
    // How far before the closing colon the cue may stand ("said in a statement issued on Monday:").
    private const int Reach = 40;

    public static Decision? Find(AttributionContext context, int paragraph)
    {
        if (paragraph < 0)
        {
            return null;
        }

        var p = context.Document.Paragraphs[paragraph];
        if (p.TokenCount < 2)
        {
            return null;
        }

        var last = p.EndToken - 1;
        if (!context.IsPunctuation(last, ':') && !context.IsPunctuation(last, ','))
        {
            return null;
        }

        var sentence = context.SentenceOf(last);
        for (var c = last - 1; c >= Math.Max(sentence.FirstToken, last - Reach); c--)
        {
            if (context.InsideQuote[c] || context.Tokens[c].Kind == TokenKind.QuoteMark)
            {
                break;
            }

            var cueEnd = context.Cues.Match(context.Document, c, last, out _);
            if (cueEnd < 0)
            {
                continue;
            }

            var speaker = PhraseFinder.SubjectBefore(context, c, sentence.FirstToken) ?? PhraseFinder.SubjectAfter(context, cueEnd, last);
            return speaker is { } found ? new Decision(found, c, cueEnd, AttributionRule.SpeakerBeforeQuote, 0.9, last + 1) : null;
        }

        // No cue, but the sentence is about a person: "Ann Lee, director of the firm, found the scheme invaluable,".
        var subject = context.MentionStartingAt(sentence.FirstToken);
        return subject >= 0 && context.People.PersonOf(subject) >= 0
            ? new Decision(
                new SpeakerPhrase(SpeakerKind.Name, sentence.FirstToken, context.Mentions[subject].EndToken, subject),
                -1, -1, AttributionRule.SpeakerBeforeQuote, 0.75, last + 1)
            : null;
    }
}
