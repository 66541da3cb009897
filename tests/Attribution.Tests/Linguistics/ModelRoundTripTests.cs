using Attribution.Linguistics;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Segmentation;
using Attribution.Linguistics.Tagging;

namespace Attribution.Tests.Linguistics;

public class ModelRoundTripTests
{
    private const string Sample = "“We will rebuild,” Mayor Ada Lind told the Valley Herald on Monday. She didn't say when.\nThe council met in Paris.";

    [Fact]
    public void A_linear_model_scores_the_same_after_writing_and_reading()
    {
        var model = LinearModel.FromRows(3, [(11UL, [(0, 1.5f), (2, -0.25f)]), (12UL, [(1, 4f)]), (13UL, [(2, 0.125f)])]);

        var copy = RoundTrip(model.Write, LinearModel.Read);

        ulong[] features = [11, 12, 13, 99];
        Assert.Equal(Scores(model, features), Scores(copy, features));
        Assert.Equal(model.FeatureCount, copy.FeatureCount);
        Assert.Equal(model.WeightCount, copy.WeightCount);
    }

    [Fact]
    public void Scores_add_the_rows_of_the_features_present_and_ignore_unknown_ones()
    {
        var model = LinearModel.FromRows(3, [(11UL, [(0, 2f), (2, -1f)]), (12UL, [(0, 1f)])]);

        var scores = Scores(model, [11, 12, 12, 77]);

        // Weights are stored as 16-bit integers on one scale: sums are exact in those units, and within one unit of
        // the float weights.
        Assert.Equal([4.0, 0.0, -1.0], scores.Select(s => (double)(s * model.Scale)), (a, b) => Math.Abs(a - b) <= model.Scale);
    }

    [Fact]
    public void Writing_is_deterministic()
    {
        var model = LinearModel.FromRows(2, [(5UL, [(0, 1f)]), (3UL, [(1, -1f)]), (9UL, [(0, 0.5f), (1, 0.5f)])]);

        Assert.Equal(Bytes(model.Write), Bytes(RoundTrip(model.Write, LinearModel.Read).Write));
    }

    [Fact]
    public void The_shipped_models_predict_the_same_after_a_round_trip()
    {
        var pack = LanguagePack.English;
        var copy = new LanguagePack(
            pack.Code,
            pack.Exceptions,
            RoundTrip(pack.Tagger.Write, Tagger.Read),
            RoundTrip(pack.Segmenter.Write, SentenceSegmenter.Read),
            RoundTrip(pack.Entities.Write, EntityRecognizer.Read),
            RoundTrip(pack.Parser.Write, DependencyParser.Read));

        using var original = Analyzer.Run(pack, Sample, null, CancellationToken.None);
        using var reread = Analyzer.Run(copy, Sample, null, CancellationToken.None);

        Assert.Equal(original.Tags.AsSpan().ToArray(), reread.Tags.AsSpan().ToArray());
        Assert.Equal(original.Heads.AsSpan().ToArray(), reread.Heads.AsSpan().ToArray());
        Assert.Equal(original.Relations.AsSpan().ToArray(), reread.Relations.AsSpan().ToArray());
        Assert.Equal(original.Sentences.AsSpan().ToArray(), reread.Sentences.AsSpan().ToArray());
        Assert.Equal(original.Entities.AsSpan().ToArray(), reread.Entities.AsSpan().ToArray());
    }

    [Fact]
    public void A_damaged_model_file_is_an_invalid_data_error()
    {
        var bytes = Bytes(LinearModel.FromRows(2, [(5UL, [(0, 1f)])]).Write);
        bytes[0] ^= 0xFF;

        using var reader = new BinaryReader(new MemoryStream(bytes));
        Assert.Throws<InvalidDataException>(() => LinearModel.Read(reader));
    }

    private static int[] Scores(LinearModel model, ulong[] features)
    {
        var scores = new int[model.ClassCount];
        model.Score(features, scores);
        return scores;
    }

    private static byte[] Bytes(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static T RoundTrip<T>(Action<BinaryWriter> write, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(new MemoryStream(Bytes(write)));
        return read(reader);
    }
}
