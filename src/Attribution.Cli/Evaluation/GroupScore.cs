namespace Attribution.Cli.Evaluation;

/// <summary>Counts for one group (quoted or indirect) of one article or of many, and the figures derived from them.</summary>
internal sealed record GroupScore(int Gold, int Predicted, int Found, int Real, int CorrectExact, int CorrectLenient)
{
    public static readonly GroupScore Empty = new(0, 0, 0, 0, 0, 0);

    public double Precision => Ratio(Real, Predicted);

    public double Recall => Ratio(Found, Gold);

    public double F1 => F(Precision, Recall);

    /// <summary>Among the gold quotations found, the share whose match names the right speaker.</summary>
    public double SpeakerAccuracy => Ratio(CorrectExact, Found);

    public double ExactF1 => F(Math.Min(1, Ratio(CorrectExact, Predicted)), Math.Min(1, Ratio(CorrectExact, Gold)));

    public double LenientF1 => F(Math.Min(1, Ratio(CorrectLenient, Predicted)), Math.Min(1, Ratio(CorrectLenient, Gold)));

    public static GroupScore operator +(GroupScore a, GroupScore b) => new(
        a.Gold + b.Gold,
        a.Predicted + b.Predicted,
        a.Found + b.Found,
        a.Real + b.Real,
        a.CorrectExact + b.CorrectExact,
        a.CorrectLenient + b.CorrectLenient);

    // An empty group (nothing to find, nothing predicted) is perfect: there was nothing to get wrong.
    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
