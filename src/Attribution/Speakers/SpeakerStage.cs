using Attribution.Speakers.Ranking;
using Attribution.Speakers.Rules;
using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// Proposes, then ranks: for each quotation in text order, every rule proposes the speaker it would give (rules that
/// link a quotation to an earlier one, such as a split or a continued paragraph, read the choices already made), and
/// the ranker chooses among the proposals. The rules' order is the priority ranker's data, not a hidden precedence
/// of the loop; the stage stops asking once the ranker says no later proposal could win, so the costly rules (the
/// parse) run only where the cheap ones have not decided.
/// </summary>
internal sealed class SpeakerStage
{
    private readonly IQuoteRule[] rules =
    [
        new SpeakerAfterQuoteRule(),
        new SplitQuoteRule(),
        new SpeakerBeforeQuoteRule(),
        new ContinuedParagraphRule(),
        new CueInSentenceRule(),
        new AccordingToRule(),
        new DashLineRule(),
        new GoverningVerbRule(),
        new TopicSubjectRule(),
        new PreviousSpeakerRule(),
    ];

    private readonly ISpeakerRanker ranker;

    public SpeakerStage(ISpeakerRanker? ranker = null) => this.ranker = ranker ?? LearnedRanker.Default;

    /// <summary>
    /// Decides every quotation's speaker, and adds to <paramref name="proposedCues"/> the first token of every cue a
    /// rule proposed, chosen or not: a cue that belongs to a quotation's attribution is not also the cue of reported
    /// speech, whichever speaker the ranker chose.
    /// </summary>
    public Decisions Decide(AttributionContext context, HashSet<int> proposedCues, CancellationToken cancellationToken)
    {
        var decided = new Decisions(context.Quotes.Count);
        Span<SpeakerCandidate> candidates = stackalloc SpeakerCandidate[rules.Length];
        for (var i = 0; i < decided.Count; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if ((i & (Growth.ProjectEvery - 1)) == 0)
            {
                decided.Anticipate(i);
            }

            // A name in quotation marks (his nickname “Spike”) is nobody's words, whichever rule would read a cue near it.
            if (Quotes.QuoteClassifier.IsNickname(context.Document, context.Quotes[i]))
            {
                decided[i] = null;
                continue;
            }

            var count = 0;
            for (var r = 0; r < rules.Length && ranker.WantsMore(candidates[..count]); r++)
            {
                if (rules[r].ReadsParse && !ranker.WantsParse(candidates[..count]))
                {
                    continue;
                }

                if (rules[r].TryDecide(context, i, decided) is { } decision)
                {
                    candidates[count++] = new SpeakerCandidate(decision, r);
                    if (decision.CueStart >= 0)
                    {
                        proposedCues.Add(decision.CueStart);
                    }
                }
            }

            var chosen = ranker.Choose(context, i, decided, candidates[..count], out var confidence);
            decided[i] = chosen >= 0 ? candidates[chosen].Decision with { Confidence = confidence } : null;
        }

        ContinuedParagraphRule.FillBackwards(context, decided);
        return decided;
    }
}
