using System.Globalization;

namespace Attribution.Linguistics.Evaluation;

/// <summary>One row of a CoNLL 2018 score: how many gold and system items, how many correct.</summary>
internal readonly record struct UdMetric(string Name, int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"{Name,-10} P {100 * Precision,6:F2}  R {100 * Recall,6:F2}  F1 {100 * F1,6:F2}");
}
