using Attribution.People;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Resolves <c>he</c> and <c>she</c> to an earlier person of that gender, outside quotations, within a few
/// paragraphs: the nearest in the pronoun's own sentence, else the first in the nearest sentence that names one (a
/// sentence's first person is most often its subject), or the last there followed by a cue; a person whose gender
/// nothing tells counts as a match within the pronoun's own paragraph and is the fallback further back. Only the
/// people stage's people are candidates.
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
        var ownSentence = context.Document.SentenceOfToken[token];
        int best = -1, bestSentence = -1, speaking = -1;
        for (var seen = 0; k >= 0 && seen < MaxCandidates; k--, seen++)
        {
            var mention = mentions[k];
            var mentionSentence = context.Document.SentenceOfToken[mention.FirstToken];
            if (best >= 0 && mentionSentence != bestSentence)
            {
                return speaking >= 0 ? speaking : best;
            }

            var mentionParagraph = context.Document.Sentences[mentionSentence].Paragraph;
            if (mentionParagraph < paragraph - ParagraphReach)
            {
                break;
            }

            var person = context.People.PersonOf(k);
            if (mention.InsideQuote || person < 0 || !context.People.People[person].Verified)
            {
                continue;
            }

            // A person whose gender nothing tells may be the antecedent within the pronoun's own paragraph ("Baslan
            // Damang … told the Post … He added"); further back, where other people come and go, a known match is safer.
            var personGender = context.People.People[person].Gender;
            if (personGender == gender || (personGender == Gender.Unknown && mentionParagraph == paragraph))
            {
                // In its own sentence the nearest; in an earlier one the last who speaks there (a name followed by
                // its cue), else the first, which is most often the subject ("Tomas Reyes paid tribute to Ivo Sand.
                // He said …" is Reyes speaking; "Ann Lee said …, while Tom Hale wrote … He added" is Hale).
                if (mentionSentence == ownSentence)
                {
                    return person;
                }

                if (speaking < 0 && mention.EndToken < context.Tokens.Length && context.Cues.IsCueWord(context[mention.EndToken]))
                {
                    speaking = person;
                }

                best = person;
                bestSentence = mentionSentence;
                continue;
            }

            if (personGender == Gender.Unknown && fallback < 0)
            {
                fallback = person;
            }
        }

        return speaking >= 0 ? speaking : best >= 0 ? best : fallback;
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

    /// <summary>
    /// "One of the victims spoke first. She said …": a sentence-initial pronoun whose previous sentence names no
    /// person but opens with a described one (a role, not a body) refers to that description.
    /// </summary>
    public static SpeakerPhrase? DescribedAntecedent(AttributionContext context, int token)
    {
        var document = context.Document;
        var sentence = document.SentenceOfToken[token];
        if (sentence == 0 || document.Sentences[sentence].FirstToken != token || context.Names.GenderOf(context[token]) == Gender.Unknown)
        {
            return null;
        }

        var previous = document.Sentences[sentence - 1];
        if (previous.Paragraph != document.Sentences[sentence].Paragraph && previous.Paragraph != document.Sentences[sentence].Paragraph - 1)
        {
            return null;
        }

        // The subject runs from the sentence start to its first verb; it must name no one.
        var end = previous.FirstToken;
        while (end < Math.Min(previous.EndToken, previous.FirstToken + MaxSubjectWords) && !IsVerb(context, end))
        {
            if (context.MentionStartingAt(end) >= 0 || context.Tokens[end].Kind is not (TokenKind.Word or TokenKind.Number))
            {
                return null;
            }

            end++;
        }

        if (end == previous.FirstToken || end >= previous.EndToken || !IsVerb(context, end) || !IsDescribed(context, previous.FirstToken))
        {
            return null;
        }

        for (var t = previous.FirstToken; t < previous.EndToken; t++)
        {
            if (context.MentionStartingAt(t) >= 0 && context.IsVerifiedPerson(context.MentionStartingAt(t)))
            {
                return null;
            }
        }

        var head = context[end - 1];
        return context.Names.NotNames.Contains(head) || PhraseFinder.IsSubjectPronoun(context, end - 1)
            ? null
            : new SpeakerPhrase(SpeakerKind.Description, previous.FirstToken, end, -1);
    }

    private const int MaxSubjectWords = 8;

    private const int MaxBodyWords = 14;

    private static readonly WordSet TrailingAdverbs = new(["also", "then", "now", "later", "again", "subsequently", "jointly", "separately"]);

    /// <summary>
    /// "NASA interrupted its coverage. It also said …", "The researchers examined the reefs. They reported …": a
    /// sentence-initial <c>it</c> or <c>they</c> refers to the subject of the sentence before when that subject is a
    /// body or a group, not a person (a named person is <c>he</c> or <c>she</c>): the words from the sentence's start,
    /// after an opening time phrase, to its first verb. <c>It</c> takes no plural head.
    /// </summary>
    public static SpeakerPhrase? BodyAntecedent(AttributionContext context, int token)
    {
        var plural = context[token] is "they" or "They";
        if (!plural && context[token] is not ("it" or "It"))
        {
            return null;
        }

        var document = context.Document;
        var sentence = document.SentenceOfToken[token];
        if (sentence == 0 || document.Sentences[sentence].FirstToken != token)
        {
            return null;
        }

        var previous = document.Sentences[sentence - 1];
        if (previous.Paragraph != document.Sentences[sentence].Paragraph && previous.Paragraph != document.Sentences[sentence].Paragraph - 1)
        {
            return null;
        }

        // "This Thursday the commission …", "On Monday, the agency …": the opening time phrase is no part of the subject.
        var start = previous.FirstToken;
        var t = start;
        while (t < previous.EndToken && t - start < 4 && context.Tokens[t].Kind == TokenKind.Word &&
               (PhraseFinder.IsTimeWord(context[t]) || context[t] is "On" or "on" or "This" or "this" or "Last" or "last" or "Earlier" or "earlier"))
        {
            t++;
        }

        if (t > start && t < previous.EndToken && PhraseFinder.IsTimeWord(context[t - 1]))
        {
            start = context.IsPunctuation(t, ',') ? t + 1 : t;
        }

        var end = start;
        while (end < Math.Min(previous.EndToken, start + MaxBodyWords) && !IsVerb(context, end))
        {
            var kind = context.Tokens[end].Kind;
            var bracket = context.IsPunctuation(end, '(') || context.IsPunctuation(end, ')');
            if (context.InsideQuote[end] || !(kind is TokenKind.Word or TokenKind.Number || bracket || context.IsPunctuation(end, '&')) ||
                (context.MentionStartingAt(end) is var m and >= 0 && context.IsVerifiedPerson(m)))
            {
                return null;
            }

            end++;
        }

        if (end == start || end >= previous.EndToken || !IsVerb(context, end) ||
            !(IsDescribed(context, start) || Words.IsCapitalised(document, context.Tokens[start])))
        {
            return null;
        }

        while (end - 1 > start && TrailingAdverbs.Contains(context[end - 1]))
        {
            end--;
        }

        // The head is the last word, or the one before an acronym in brackets: "the Commission (USCIRF)".
        var head = end - 1;
        if (context.IsPunctuation(head, ')') && head - 2 > start && context.IsPunctuation(head - 2, '('))
        {
            head -= 3;
        }

        if (context.Tokens[head].Kind != TokenKind.Word || PhraseFinder.IsSubjectPronoun(context, head) || PhraseFinder.IsDeterminer(context[head]) || context.Names.GenderOf(context[head]) != Gender.Unknown)
        {
            return null;
        }

        // "It" is one body; a lower-case plural head ("the researchers") is "they".
        var word = context[head];
        if (!plural && Words.IsLowerWord(document, context.Tokens[head]) && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return null;
        }

        return new SpeakerPhrase(SpeakerKind.Description, start, end, -1);
    }

    private static bool IsVerb(AttributionContext context, int token) =>
        Words.IsLowerWord(context.Document, context.Tokens[token]) &&
        (Clauses.IsFiniteVerb(context, token) || context.Cues.Match(context.Document, token, context.Tokens.Length, out _) > 0);

    /// <summary>Opens with an article or "one/some of": "The head of …", "One of the victims".</summary>
    private static bool IsDescribed(AttributionContext context, int first) =>
        PhraseFinder.IsDeterminer(context[first]) || context.IsWord(first, "one") || context.IsWord(first, "some");
}
