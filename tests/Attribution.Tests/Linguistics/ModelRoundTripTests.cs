using CsCheck;
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
    public void Dense_and_sparse_rows_score_as_the_sum_of_their_weights()
    {
        // Rows of every length, so that some are kept dense (one weight per class) and some sparse; a feature may
        // come twice, and unknown ones are mixed in. Keys are hashes, as the feature templates make them. The scores
        // must be the plain sums of the quantised weights either way.
        var gen =
            from classes in Gen.Int[1, 40]
            from rows in Gen.Select(Gen.ULong.Select(k => FeatureHash.Key(1, k)), Gen.Float[-8, 8].Array[1, 40]).Array[1, 30]
            from picks in Gen.Int[0, 40].Array[0, 40]
            from unknown in Gen.ULong.Select(k => FeatureHash.Key(2, k)).Array[0, 5]
            select (classes, rows, picks, unknown);
        gen.Sample(t =>
        {
            var (classes, rawRows, picks, unknown) = t;
            var rows = rawRows.Where(r => r.Item1 != 0).DistinctBy(r => r.Item1)
                .Select(r => (r.Item1, r.Item2.Take(classes).Select((w, c) => ((byte)c, w)).Where((_, c) => c % 3 != 1 || classes < 3).ToArray()))
                .ToList();
            ulong[] features = [.. picks.Where(p => p < rows.Count).Select(p => rows[p].Item1), .. unknown];
            var model = LinearModel.FromRows(classes, rows);

            var expected = new long[classes];
            foreach (var feature in features)
            {
                foreach (var (cls, weight) in rows.FirstOrDefault(r => r.Item1 == feature).Item2 ?? [])
                {
                    expected[cls] += (short)Math.Round(weight / model.Scale);
                }
            }

            Assert.Equal(expected, Scores(model, features).Select(s => (long)s));
            Assert.Equal(Bytes(model.Write), Bytes(RoundTrip(model.Write, LinearModel.Read).Write));
        });
    }

    [Fact]
    public void The_shipped_model_files_are_written_back_byte_for_byte()
    {
        var pack = LanguagePack.English;
        var open = LanguagePack.Embedded(pack.Code);
        Assert.Equal(Read(open(LanguagePack.TaggerFile)), Bytes(pack.Tagger.Write));
        Assert.Equal(Read(open(LanguagePack.SegmenterFile)), Bytes(pack.Segmenter.Write));
        Assert.Equal(Read(open(LanguagePack.EntitiesFile)), Bytes(pack.Entities.Write));
        Assert.Equal(Read(open(LanguagePack.ParserFile)), Bytes(pack.Parser.Write));

        static byte[] Read(Stream stream)
        {
            using (stream)
            {
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return copy.ToArray();
            }
        }
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
