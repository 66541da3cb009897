using Attribution.Quotes;
using Attribution.Speakers;
using Attribution.Speakers.Ranking;
using Attribution.Text;

namespace Attribution;

/// <summary>Maps the stages' internal results onto the public records, resolving speakers and collecting mentions.</summary>
internal static class ResultBuilder
{
    // An unattributed fragment this short is a scare quote, a title or a name ("so-called “experts”"), not speech.
    private const int ScareQuoteWords = 4;

    public static AttributionResult Build(
        AttributionContext context, Decisions decided, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> extra)
    {
        var text = context.Document.Text;
        var extraMentions = new List<Mention>?[context.People.People.Count];
        var speakers = new HashSet<int>();
        var captions = new CaptionFinder(context.Document);
        var quotations = new List<Quotation>(context.Quotes.Count + extra.Count);
        var blockStarts = new HashSet<int>();
        foreach (var (content, kind, decision) in extra)
        {
            if (kind == QuoteKind.Block)
            {
                blockStarts.Add(content.Start);
            }

            // Reported speech is only speech because someone says it: without a speaker it is the writer's own.
            // The stages that find these rank no candidates: their confidence is the rule's, as the priority ranker gives it.
            var ranked = decision with { Confidence = PriorityRanker.Discounted(decision) };
            var quotation = Make(context, content, kind, ranked, extraMentions, speakers);
            if (quotation.Speaker is not null || kind != QuoteKind.Indirect)
            {
                quotations.Add(quotation);
            }
        }

        for (var i = 0; i < context.Quotes.Count; i++)
        {
            var quote = context.Quotes[i];
            if (blockStarts.Contains(context.Document.Paragraphs[quote.Paragraph].Span.Start))
            {
                continue;
            }

            // The second half of a split quotation is direct speech even when it resumes in lower case.
            var kind = decided[i] is { Rule: AttributionRule.SplitQuote } ? QuoteKind.Direct : QuoteClassifier.Classify(context.Document, quote);
            if (decided[i] is null && IsDropped(context, quote, kind, captions))
            {
                // Tested before the quotation is made: a wall of scare quotes would otherwise allocate a record and
                // a string for each only to drop it.
                continue;
            }

            var quotation = Make(context, quote.Content, kind, decided[i], extraMentions, speakers);
            if (quotation.Speaker is null && (IsScareQuote(quotation, kind) || QuoteClassifier.IsTitle(quotation.Text)))
            {
                continue;
            }

            if (captions.IsCaption(quote.Paragraph))
            {
                continue;
            }

            quotations.Add(quotation);
        }

        quotations.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));

        var people = new List<Person>(context.People.People.Count);
        for (var p = 0; p < context.People.People.Count; p++)
        {
            // Capitalised pairs that nothing marks as people ("El Paso") stay out of the list unless they spoke.
            var entity = context.People.People[p];
            if (!entity.Verified && !speakers.Contains(p))
            {
                continue;
            }

            var pronouns = extraMentions[p];
            var mentions = new Mention[entity.Mentions.Length + (pronouns?.Count ?? 0)];
            var count = 0;
            foreach (var m in entity.Mentions)
            {
                var span = context.Mentions[m].Span;
                mentions[count++] = SpeakerResolver.MentionOf(context, span.Start, span.End);
            }

            if (pronouns is not null)
            {
                pronouns.CopyTo(mentions, count);
                Array.Sort(mentions, static (a, b) => a.Start.CompareTo(b.Start));
            }

            people.Add(new Person(entity.Name, entity.Titles.Count == 0 ? [] : [.. entity.Titles], mentions, entity.Gender));
        }

        people.Sort(static (a, b) => a.Mentions[0].Start.CompareTo(b.Mentions[0].Start));
        return new AttributionResult(quotations, people);
    }

    private static bool IsScareQuote(Quotation quotation, QuoteKind kind) =>
        kind == QuoteKind.Partial && QuoteClassifier.CountWords(quotation.Text) <= ScareQuoteWords;

    /// <summary>What the checks after <see cref="Make"/> decide for a quotation no rule gave a speaker, read from its span.</summary>
    private static bool IsDropped(AttributionContext context, QuoteSpan quote, QuoteKind kind, CaptionFinder captions)
    {
        var body = context.Document[quote.Content];
        return (kind == QuoteKind.Partial && QuoteClassifier.CountWords(body) <= ScareQuoteWords) ||
            QuoteClassifier.IsTitle(body) || captions.IsCaption(quote.Paragraph);
    }

    private static Quotation Make(
        AttributionContext context, TextSpan content, QuoteKind kind, Decision? decision, List<Mention>?[] extraMentions, HashSet<int> speakers)
    {
        var text = context.Document.Text;
        var body = text[content.Start..content.End];
        if (decision is not { } d || SpeakerResolver.Resolve(context, d.Speaker) is not { } resolved)
        {
            return new Quotation(body, content.Start, content.End, kind, null, null, 0, AttributionRule.None);
        }

        var (speaker, person) = resolved;
        if (person >= 0)
        {
            speakers.Add(person);
        }
        if (d.Speaker.Kind == SpeakerKind.Pronoun && person >= 0)
        {
            var list = extraMentions[person] ??= [];
            // Quotations come in text order, so a repeated pronoun mention can only be the last one added.
            if (list.Count == 0 || list[^1].Start != speaker.Mention.Start)
            {
                list.Add(speaker.Mention);
            }
        }

        Mention? cue = null;
        if (d.CueStart >= 0)
        {
            var start = context.Tokens[d.CueStart].Start;
            var end = context.Tokens[d.CueEnd - 1].End;
            cue = SpeakerResolver.MentionOf(context, start, end);
        }

        return new Quotation(body, content.Start, content.End, kind, speaker, cue, Math.Round(d.Confidence, 3), d.Rule);
    }
}
