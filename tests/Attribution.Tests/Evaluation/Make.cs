using Attribution.Cli.Evaluation;

namespace Attribution.Tests.Evaluation;

/// <summary>Hand-made predictions and gold answers for the scorer tests.</summary>
internal static class Make
{
    /// <summary>A predicted quotation; offsets are irrelevant to scoring, so they just span the text.</summary>
    public static Quotation Predicted(
        string text,
        string? speaker = null,
        QuoteKind kind = QuoteKind.Direct,
        AttributionRule rule = AttributionRule.SpeakerAfterQuote) =>
        new(
            text,
            0,
            text.Length,
            kind,
            speaker is null ? null : new Speaker(speaker, new Mention(speaker, 0, speaker.Length)),
            new Mention("said", 0, 4),
            0.9,
            speaker is null ? AttributionRule.None : rule);

    public static GoldQuote Gold(string text, string? speaker, string kind = "direct", params string[] aliases) =>
        new(text, kind, speaker, aliases);

    public static GoldArticle Article(params GoldQuote[] quotes) => new("test", quotes);

    public static ArticleScore Score(GoldArticle gold, params Quotation[] predicted) => Scorer.Score(gold, predicted);

    /// <summary><paramref name="count"/> distinct words <c>w1 w2 …</c>, starting at <paramref name="from"/>.</summary>
    public static string Words(int count, int from = 1) =>
        string.Join(' ', Enumerable.Range(from, count).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
