using Attribution.Text;

namespace Attribution.Speakers.Rules;

/// <summary>
/// <c>Chef Oren Bask recalled his first year. “I slept in the kitchen.”</c>: a quotation that stands alone as a
/// sentence, with no cue or name of its own, after a sentence of the same paragraph about a person, is that person's.
/// The person is the earlier sentence's subject (a name or a pronoun it opens with, perhaps after an opening phrase
/// set off by a comma); a described or unnamed subject proposes nobody, as the writer's own sentences about things
/// are followed by others' words too.
/// </summary>
internal sealed class TopicSubjectRule : IQuoteRule
{
    private const int OpeningReach = 8;
    private const double Confidence = 0.6;

    public Decision? TryDecide(AttributionContext context, int quote, Decisions decided)
    {
        var q = context.Quotes[quote];
        if (!q.IsClosed || q.ContinuesPrevious)
        {
            return null;
        }

        var document = context.Document;
        var sentenceIndex = document.SentenceOfToken[q.OpenToken];
        var sentence = document.Sentences[sentenceIndex];
        if (sentence.FirstToken != q.OpenToken || sentenceIndex == 0 || !StandsAlone(context, q.CloseToken, document.Sentences[document.SentenceOfToken[q.CloseToken]].EndToken))
        {
            return null;
        }

        var previous = document.Sentences[sentenceIndex - 1];
        if (previous.Paragraph != sentence.Paragraph || previous.FirstToken == document.Paragraphs[previous.Paragraph].FirstToken && context.InsideQuote[previous.FirstToken])
        {
            return null;
        }

        var subject = PhraseFinder.SentenceSubject(context, previous.FirstToken, previous.EndToken) ?? AfterOpening(context, previous);
        return subject is { } found
            ? new Decision(found, -1, -1, AttributionRule.TopicSubject, Confidence, q.OpenToken)
            : null;
    }

    /// <summary>Only punctuation follows the quotation in its sentence: no cue, no name, no more words.</summary>
    private static bool StandsAlone(AttributionContext context, int close, int end)
    {
        for (var t = close + 1; t < end; t++)
        {
            if (context.Tokens[t].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The subject after an opening phrase set off by a comma: <c>Then just 19 years old, she looked …</c>.</summary>
    private static SpeakerPhrase? AfterOpening(AttributionContext context, Sentence sentence)
    {
        var limit = Math.Min(sentence.EndToken - 1, sentence.FirstToken + OpeningReach);
        for (var t = sentence.FirstToken + 1; t < limit; t++)
        {
            if (context.InsideQuote[t] || context.Tokens[t].Kind == TokenKind.QuoteMark)
            {
                return null;
            }

            if (context.IsPunctuation(t, ','))
            {
                return PhraseFinder.SentenceSubject(context, t + 1, sentence.EndToken);
            }
        }

        return null;
    }
}
