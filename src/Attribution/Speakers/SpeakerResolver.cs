using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Turns a speaker phrase into the public <see cref="Speaker"/>: a name to its person's canonical name, a pronoun
/// through <see cref="PronounResolver"/>, a description to its words without a leading article.
/// </summary>
internal static class SpeakerResolver
{
    /// <returns>The speaker and the person index (-1 for descriptions and unclustered names), or null when a pronoun does not resolve.</returns>
    public static (Speaker Speaker, int Person)? Resolve(AttributionContext context, SpeakerPhrase phrase)
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
                return (new Speaker(name, MentionOf(context, span.Start, span.End)), person);
            }

            case SpeakerKind.Pronoun:
            {
                if (PronounResolver.DescribedAntecedent(context, phrase.FirstToken) is { } described &&
                    Resolve(context, described) is { } role)
                {
                    var pronoun = context.Tokens[phrase.FirstToken];
                    return (role.Speaker with { Mention = MentionOf(context, pronoun.Start, pronoun.End) }, role.Person);
                }

                var person = PronounResolver.Resolve(context, phrase.FirstToken);
                if (person < 0)
                {
                    return null;
                }

                var token = context.Tokens[phrase.FirstToken];
                return (new Speaker(context.People.People[person].Name, MentionOf(context, token.Start, token.End)), person);
            }

            default:
            {
                var first = phrase.FirstToken;
                if (PhraseFinder.IsDeterminer(context[first]) && context[first] is "a" or "A" or "an" or "An" or "the" or "The" && first + 1 < phrase.EndToken)
                {
                    first++;
                }

                var start = context.Tokens[phrase.FirstToken].Start;
                var end = context.Tokens[phrase.EndToken - 1].End;
                var name = People.Words.CollapseWhitespace(text.AsSpan(context.Tokens[first].Start, end - context.Tokens[first].Start), context.Strings);
                var definite = context[phrase.FirstToken] is "the" or "The";
                var titled = definite ? context.TitleHolders.NamedLastBefore(name, start) : -1;
                return titled >= 0
                    ? (new Speaker(context.People.People[titled].Name, MentionOf(context, start, end)), titled)
                    : (new Speaker(name, MentionOf(context, start, end)), -1);
            }
        }
    }

    public static Mention MentionOf(AttributionContext context, int start, int end) =>
        new(context.Strings.Get(context.Document.Text.AsSpan(start, end - start)), start, end);
}
