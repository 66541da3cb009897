using Attribution.Speakers.Ranking;

namespace Attribution.Cli.Evaluation.Ranking;

/// <summary>
/// Fits the ranker's logistic model: each candidate's probability of being the right speaker, by full-batch gradient
/// descent with per-feature step sizes (AdaGrad) and an L2 penalty, from zero weights for a fixed number of rounds.
/// Nothing is random and the examples are summed in their given order, so the same examples give the same weights.
/// </summary>
internal static class RankerTrainer
{
    private const int Rounds = 600;
    private const double Step = 0.5;
    private const double L2 = 1.0;

    public static RankerWeights Train(IReadOnlyList<RankerExample> examples)
    {
        var count = CandidateFeatures.Count;
        var weights = new double[count];
        var gradient = new double[count];
        var squares = new double[count];
        for (var round = 0; round < Rounds; round++)
        {
            Array.Clear(gradient);
            foreach (var example in examples)
            {
                var score = 0.0;
                foreach (var f in example.Features)
                {
                    score += weights[f];
                }

                // d(log loss)/d(score): the predicted probability less the label.
                var error = 1 / (1 + Math.Exp(-score)) - (example.IsRight ? 1 : 0);
                foreach (var f in example.Features)
                {
                    gradient[f] += error;
                }
            }

            for (var f = 0; f < count; f++)
            {
                var g = gradient[f] + L2 * weights[f];
                if (g == 0)
                {
                    continue;
                }

                squares[f] += g * g;
                weights[f] -= Step * g / Math.Sqrt(squares[f]);
            }
        }

        return new RankerWeights(weights);
    }
}
