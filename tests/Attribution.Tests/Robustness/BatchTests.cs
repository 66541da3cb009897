namespace Attribution.Tests.Robustness;

/// <summary>AttributeAll: every core, results in input order, the same as one text at a time.</summary>
public sealed class BatchTests
{
    private static readonly QuoteAttributor Attributor = new();

    [Fact]
    public void Batch_results_come_in_input_order_and_equal_single_calls()
    {
        var texts = Directory.GetFiles(CorpusFiles.Directory, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var batch = Attributor.AttributeAll(texts);

        Assert.Equal(texts.Count, batch.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(Attributor.Attribute(texts[i]).Quotes, batch[i].Quotes);
        }
    }

    [Fact]
    public void Null_list_and_null_elements_are_refused_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => Attributor.AttributeAll(null!));
        var error = Assert.Throws<ArgumentException>(() => Attributor.AttributeAll(["Ms Lee said: “Yes.”", null!]));
        Assert.Contains("index 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_token_stops_the_batch()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Attributor.AttributeAll(["Ms Lee said: “Yes.”"], cancelled.Token));
    }
}
