using Attribution.Speakers.Rules;

namespace Attribution.Speakers;

/// <summary>Runs the attribution rules over every quotation, in order, most certain rule first.</summary>
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
        new PreviousSpeakerRule(),
    ];

    public Decision?[] Decide(AttributionContext context, CancellationToken cancellationToken)
    {
        var decided = new Decision?[context.Quotes.Count];
        for (var i = 0; i < decided.Length; i++)
        {
            if ((i & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            foreach (var rule in rules)
            {
                if (rule.TryDecide(context, i, decided) is { } decision)
                {
                    decided[i] = decision;
                    break;
                }
            }
        }

        ContinuedParagraphRule.FillBackwards(context, decided);
        return decided;
    }
}
