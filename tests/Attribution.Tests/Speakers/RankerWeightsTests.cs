using Attribution.Speakers.Ranking;

namespace Attribution.Tests.Speakers;

public class RankerWeightsTests
{
    [Fact]
    public void Every_feature_has_its_own_name()
    {
        var names = Enumerable.Range(0, CandidateFeatures.Count).Select(CandidateFeatures.Describe).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("rule=SpeakerAfterQuote", names);
        Assert.Contains("candidates=3+", names);
    }

    [Fact]
    public void Weights_read_back_as_written()
    {
        var values = Enumerable.Range(0, CandidateFeatures.Count).Select(i => i % 3 == 0 ? 0 : (i - 40) / 7.0).ToArray();
        var writer = new StringWriter();

        new RankerWeights(values).Write(writer);
        var read = RankerWeights.Read(new StringReader(writer.ToString()));

        Assert.Equal(values.Select(v => Math.Round(v, 6)), read.Values);
    }

    [Fact]
    public void A_weights_file_naming_an_unknown_feature_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => RankerWeights.Read(new StringReader("bias=1\t0.5\nrule=Telepathy\t2\n")));

        Assert.Contains("Line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_weights_load()
    {
        var weights = RankerWeights.Default;

        Assert.Equal(CandidateFeatures.Count, weights.Values.Length);
        Assert.Contains(weights.Values, v => v != 0);
    }
}
