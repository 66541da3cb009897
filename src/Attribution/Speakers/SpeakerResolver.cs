using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Turns a speaker phrase into the public <see cref="Speaker"/>: a name to its person's canonical name, a pronoun
/// through <see cref="PronounResolver"/>, a description to its words without a leading article.
/// </summary>
internal static class SpeakerResolver
{
    /// <returns>The speaker and the person index (-1 for descriptions and unclustered names), or null when a pronoun does not resolve.</returns>
    public static (Speaker Speaker, int Person)? Resolve(AttributionContext context, SpeakerPhrase phrase) =>
        Identify(context, phrase) is { } id ? (new Speaker(id.Name, MentionOf(context, id.Start, id.End)), id.Person) : null;

    /// <summary>
    /// Who a phrase names, without building the public records (the ranker asks this of every candidate): the canonical
    /// name, the person index, and the characters of the mention; null when a pronoun does not resolve.
    /// </summary>
    public static SpeakerIdentity? Identify(AttributionContext context, SpeakerPhrase phrase)
    {
        var text = context.Document.Text;
        switch (phrase.Kind)
        {
            case SpeakerKind.Name:
            {
                var mention = context.Mentions[phrase.Mention];
                var person = context.People.PersonOf(phrase.Mention);
                var name = person >= 0 ? context.People.People[person].Name : mention.Name;

                // A transcript label names the person by initials ("NG"): the mention is the label, not the name.
                var span = phrase.FirstToken == mention.FirstToken
                    ? mention.Span
                    : new TextSpan(context.Tokens[phrase.FirstToken].Start, context.Tokens[phrase.EndToken - 1].End);
                return new SpeakerIdentity(name, person, span.Start, span.End);
            }

            case SpeakerKind.Pronoun:
            {
                var pronoun = context.Tokens[phrase.FirstToken];
                if (PronounResolver.DescribedAntecedent(context, phrase.FirstToken) is { } described &&
                    Identify(context, described) is { } role)
                {
                    return role with { Start = pronoun.Start, End = pronoun.End };
                }

                // "((WN)) On your website you state “…”": in an interviewer's question, you is the interviewee.
                if (context[phrase.FirstToken] is "you" or "You" &&
                    context.AddressedIn(context.Document.Sentences[context.Document.SentenceOfToken[phrase.FirstToken]].Paragraph) is var addressed and >= 0)
                {
                    return new SpeakerIdentity(context.People.People[addressed].Name, addressed, pronoun.Start, pronoun.End);
                }

                if (PronounResolver.BodyAntecedent(context, phrase.FirstToken) is { } body && Identify(context, body) is { } group)
                {
                    return group with { Start = pronoun.Start, End = pronoun.End };
                }

                var person = PronounResolver.Resolve(context, phrase.FirstToken);
                return person < 0 ? null : new SpeakerIdentity(context.People.People[person].Name, person, pronoun.Start, pronoun.End);
            }

            default:
            {
                var first = phrase.FirstToken;
                if (PhraseFinder.IsDeterminer(context[first]) && context[first] is "a" or "A" or "an" or "An" or "the" or "The" && first + 1 < phrase.EndToken)
                {
                    first++;
                }

                // "Fifteen-year-old Robert": an age before the words is no part of the name.
                if (first + 1 < phrase.EndToken && context[first].EndsWith("-old", StringComparison.OrdinalIgnoreCase) &&
                    People.Words.IsCapitalised(context.Document, context.Tokens[first + 1]))
                {
                    first++;
                }

                var start = context.Tokens[phrase.FirstToken].Start;

                // "the Harbour Safety Board (HSB)": the acronym in brackets restates the name; the name is the words. After
                // a coordination ("the committee and the Security Service (FSB)") it restates the last body only, and the
                // phrase stays as written.
                var lastToken = phrase.EndToken - 1;
                if (lastToken - 3 >= first && context.IsPunctuation(lastToken, ')') && context.IsPunctuation(lastToken - 2, '(') &&
                    IsAcronym(context[lastToken - 1]) && !Coordinates(context, first, lastToken - 2))
                {
                    lastToken -= 3;
                }

                // "The Brenner family's statement read": the owner is named without the possessive, as names are.
                var last = context.Tokens[lastToken];
                var end = last.Start + People.Words.Stem(text.AsSpan(last.Start, last.Length)).Length;
                var name = People.Words.CollapseWhitespace(text.AsSpan(context.Tokens[first].Start, end - context.Tokens[first].Start), context.Strings);
                var definite = context[phrase.FirstToken] is "the" or "The";
                var titled = definite ? context.TitleHolders.NamedLastBefore(name, start) : -1;
                return titled >= 0
                    ? new SpeakerIdentity(context.People.People[titled].Name, titled, start, end)
                    : new SpeakerIdentity(name, -1, start, end);
            }
        }
    }

    private static bool Coordinates(AttributionContext context, int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (context.IsWord(t, "and") || context.IsPunctuation(t, '&'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                capitals++;
            }
            else if (!char.IsLetterOrDigit(c) && c != '-' && c != '&')
            {
                return false;
            }
        }

        return capitals >= 2;
    }

    public static Mention MentionOf(AttributionContext context, int start, int end) =>
        new(context.Strings.Get(context.Document.Text.AsSpan(start, end - start)), start, end);
}
