using Attribution.Quotes;
using Attribution.Speakers;
using Attribution.Speakers.Ranking;
using Attribution.Text;

namespace Attribution;

/// <summary>
/// Maps the stages' internal results onto the public records: resolves each quotation's speaker, drops what is not
/// speech, lists the people (and the described sources that speak), and links every speaker to their entry.
/// </summary>
internal static class ResultBuilder
{
    // An unattributed fragment this short is a scare quote, a title or a name ("so-called “experts”"), not speech.
    private const int ScareQuoteWords = 4;

    /// <summary>
    /// A quotation kept for the result, before its record is made: its content, kind, where its decision is (a
    /// quotation's index, or the complement of an extra's), and its speaker's index among the identities, or -1.
    /// Small, since a text of nothing but quotations keeps one for every few characters.
    /// </summary>
    private readonly record struct Kept(TextSpan Content, QuoteKind Kind, int Source, int Speaker);

    public static AttributionResult Build(
        AttributionContext context, Decisions decided, List<(TextSpan Content, QuoteKind Kind, Decision Decision)> extra)
    {
        var captions = new CaptionFinder(context.Document);
        // Most quotations kept are those with a speaker: sized for them, the lists rarely grow, and a wall of scare
        // quotes, all dropped, reserves nothing.
        var kept = new List<Kept>(extra.Count + decided.MadeCount);
        var identities = new List<SpeakerIdentity>(extra.Count + decided.MadeCount);
        var blockStarts = new HashSet<int>();
        for (var e = 0; e < extra.Count; e++)
        {
            var (content, kind, decision) = extra[e];
            if (kind == QuoteKind.Block)
            {
                blockStarts.Add(content.Start);
            }

            // Reported speech is only speech because someone says it: without a speaker it is the writer's own.
            var speaker = SpeakerResolver.Identify(context, decision.Speaker);
            if (speaker is not null || kind != QuoteKind.Indirect)
            {
                kept.Add(new Kept(content, kind, ~e, Add(identities, speaker)));
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
            var speaker = decided[i] is { } d ? SpeakerResolver.Identify(context, d.Speaker) : null;
            if ((speaker is null && IsDropped(context, quote, kind)) || captions.IsCaption(quote.Paragraph))
            {
                continue;
            }

            kept.Add(new Kept(quote.Content, kind, i, Add(identities, speaker)));
        }

        kept.Sort(static (a, b) => a.Content.Start != b.Content.Start ? a.Content.Start.CompareTo(b.Content.Start) : a.Content.End.CompareTo(b.Content.End));
        var sources = new SourceList(context);
        var mentions = new Mention[identities.Count];
        foreach (var k in kept)
        {
            if (k.Speaker >= 0)
            {
                var speaker = identities[k.Speaker];
                mentions[k.Speaker] = SpeakerResolver.MentionOf(context, speaker.Start, speaker.End);
                sources.Add(DecisionOf(k).Speaker, speaker, mentions[k.Speaker]);
            }
        }

        var people = sources.Build();
        var quotations = new List<Quotation>(kept.Count);
        var text = context.Document.Text;
        foreach (var k in kept)
        {
            var body = text[k.Content.Start..k.Content.End];
            if (k.Speaker < 0)
            {
                quotations.Add(new Quotation(body, k.Content.Start, k.Content.End, k.Kind, null, null, 0, AttributionRule.None));
                continue;
            }

            var d = DecisionOf(k);
            var speaker = identities[k.Speaker];
            Mention? cue = d.CueStart >= 0 ? SpeakerResolver.MentionOf(context, context.Tokens[d.CueStart].Start, context.Tokens[d.CueEnd - 1].End) : null;
            quotations.Add(new Quotation(
                body, k.Content.Start, k.Content.End, k.Kind, new Speaker(speaker.Name, mentions[k.Speaker], sources.EntryOf(speaker)), cue,
                Math.Round(d.Confidence, 3), d.Rule));
        }

        return new AttributionResult(quotations, people);

        // The stages that find the extras rank no candidates: their confidence is the rule's, as the priority ranker gives it.
        Decision DecisionOf(Kept k) => k.Source >= 0
            ? decided[k.Source]!.Value
            : extra[~k.Source].Decision with { Confidence = PriorityRanker.Discounted(extra[~k.Source].Decision) };
    }

    private static int Add(List<SpeakerIdentity> identities, SpeakerIdentity? speaker)
    {
        if (speaker is not { } s)
        {
            return -1;
        }

        identities.Add(s);
        return identities.Count - 1;
    }

    /// <summary>
    /// Whether a quotation no rule gave a speaker is not speech: a short fragment (a scare quote), a title, or a caption.
    /// Read from its span, before any record is made: a wall of scare quotes would otherwise allocate a record and a
    /// string for each only to drop it.
    /// </summary>
    private static bool IsDropped(AttributionContext context, QuoteSpan quote, QuoteKind kind)
    {
        var body = context.Document[quote.Content];
        return (kind == QuoteKind.Partial && QuoteClassifier.CountWords(body) <= ScareQuoteWords) || QuoteClassifier.IsTitle(body);
    }
}
