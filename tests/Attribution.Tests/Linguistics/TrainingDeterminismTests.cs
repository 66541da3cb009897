using Attribution.Linguistics.Conllu;
using Attribution.Training.Data;
using Attribution.Training.Entities;
using Attribution.Training.Parsing;
using Attribution.Training.Segmentation;
using Attribution.Training.Tagging;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// Training on a small slice of the treebanks, twice: the same data and seeds must give byte-identical model files,
/// and a different seed a different one (so the seed is really used).
/// </summary>
public class TrainingDeterminismTests
{
    private static readonly List<GoldParagraph> Train = GoldParagraph.From([.. ConlluReader.ReadFile(Treebank.EwtTrain).Take(300)]);
    private static readonly List<GoldParagraph> Dev = GoldParagraph.From([.. ConlluReader.ReadFile(Treebank.EwtDev).Take(100)]);

    [Fact]
    public void The_tagger_trains_to_the_same_bytes()
    {
        var first = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null).Write);
        var second = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null).Write);
        var other = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 8, TextWriter.Null).Write);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void A_tagger_averaged_over_several_perceptrons_trains_to_the_same_bytes()
    {
        // The members learn at once, on threads; their merge must not depend on which finishes first.
        var first = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null, members: 3).Write);
        var second = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null, members: 3).Write);
        var single = Bytes(TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null, members: 1).Write);

        Assert.Equal(first, second);
        Assert.NotEqual(first, single);
    }

    [Fact]
    public void The_segmenter_recogniser_and_parser_train_to_the_same_bytes()
    {
        var tagger = TaggerTrainer.Train(Train, Dev, 2, seed: 7, TextWriter.Null);
        var tags = ParserData.Tag(tagger, Train);
        var devTags = ParserData.Tag(tagger, Dev);
        var relations = ParserData.Relations(Train);
        var sentences = ParserData.Sentences(Train, tags, tagger.Tags, relations, projectivize: true, out _);
        var devSentences = ParserData.Sentences(Dev, devTags, tagger.Tags, relations, projectivize: false, out _);
        var cases = EntityTrainer.Cases([.. Train.SelectMany(p => p.Sentences)]);
        var entities = EntityTrainer.Sentences(Train, tags, cases, _ => []);

        byte[] Models() =>
        [
            .. Bytes(SegmenterTrainer.Train(Train, tags, Dev, devTags, 2, seed: 4, TextWriter.Null).Write),
            .. Bytes(EntityTrainer.Train(cases, entities, [], 2, seed: 3, TextWriter.Null).Write),
            .. Bytes(ParserTrainer.Train(relations, sentences, devSentences, 2, seed: 2, TextWriter.Null).Write),
        ];

        Assert.Equal(Models(), Models());
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
}
