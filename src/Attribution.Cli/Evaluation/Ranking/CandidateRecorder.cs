using Attribution.Speakers;
using Attribution.Speakers.Ranking;

namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>
/// A ranker that writes down, for every quotation, the features and resolved name of each candidate the rules
/// proposed, and leaves the choice to <paramref name="chooser"/>. It asks the rules as the learned ranker does, so the
/// candidates it records are the ones the learned ranker will see.
/// </summary>
internal sealed class CandidateRecorder(ISpeakerRanker chooser) : ISpeakerRanker
{
    /// <summary>What was recorded for one quotation: its text and each resolvable candidate.</summary>
    public sealed record Entry(string Text, List<(int[] Features, string Name)> Candidates);

    public List<Entry> Entries { get; } = [];

    public bool WantsMore(ReadOnlySpan<SpeakerCandidate> candidates) => true;

    public bool WantsParse(ReadOnlySpan<SpeakerCandidate> candidates) => LearnedRanker.AsksParse(candidates);

    public int Choose(AttributionContext context, int quote, Decisions decided, ReadOnlySpan<SpeakerCandidate> candidates, out double confidence)
    {
        var resolved = new SpeakerIdentity?[candidates.Length];
        LearnedRanker.Identify(context, candidates, resolved);
        var previous = LearnedRanker.PreviousSpeaker(context, quote, decided);
        var features = new int[CandidateFeatures.MaxActive];
        var recorded = new List<(int[], string)>();
        for (var i = 0; i < candidates.Length; i++)
        {
            if (resolved[i] is { } r)
            {
                var n = CandidateFeatures.Extract(context, quote, candidates, resolved, i, previous, features);
                recorded.Add((features[..n], r.Name));
            }
        }

        Entries.Add(new Entry(context.Document[context.Quotes[quote].Content].ToString(), recorded));
        return chooser.Choose(context, quote, decided, candidates, out confidence);
    }
}
