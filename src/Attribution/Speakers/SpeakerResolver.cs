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

                var start = context.Tokens[phrase.FirstToken].Start;
                // "The Brenner family's statement read": the owner is named without the possessive, as names are.
                var last = context.Tokens[phrase.EndToken - 1];
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

    public static Mention MentionOf(AttributionContext context, int start, int end) =>
        new(context.Strings.Get(context.Document.Text.AsSpan(start, end - start)), start, end);
}
