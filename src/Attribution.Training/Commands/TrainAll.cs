using System.Diagnostics;
using Attribution.Linguistics;
using Attribution.Linguistics.Words;
using Attribution.Training.Data;
using Attribution.Training.Entities;
using Attribution.Training.Parsing;
using Attribution.Training.Segmentation;
using Attribution.Training.Tagging;
using Attribution.Training.Tokenization;

namespace Attribution.Training.Commands;

/// <summary>
/// <c>all</c>: rebuilds every English model from the treebanks, in order, each chosen on development data only:
/// the word exceptions; the tagger; jackknifed tags for the training paragraphs; then the segmenter, the entity
/// recogniser and the parser on those tags. Fixed seeds and no shared state between folds make the output files the
/// same bytes on every run.
/// </summary>
internal static class TrainAll
{
    public const int TaggerEpochs = 10;
    public const int SegmenterEpochs = 8;
    public const int EntityEpochs = 12;
    public const int ParserEpochs = 20;
    public const int Folds = 5;

    /// <summary>
    /// Pruning of the shipped tagger and parser: features whose largest weight is under the first value go, and
    /// weights under the second (in perceptron update units). Chosen on EWT dev (the <c>prune</c> command): the tagger
    /// keeps 43% of its features for 0.04 UPOS, the parser 40% of its features and half its weights for none.
    /// </summary>
    public static readonly (float Feature, float Weight) TaggerPruning = (1f, 0.5f);

    public static readonly (float Feature, float Weight) ParserPruning = (2f, 0.5f);

    public static int Run(Treebanks data, string outputDirectory, string[] args)
    {
        var parserEpochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : ParserEpochs;
        var log = Console.Out;
        var watch = Stopwatch.StartNew();
        var ewtTrain = ConlluFiles(data.EwtTrain);
        var gumTrain = ConlluFiles(data.GumTrain);
        var trainSentences = ewtTrain.Concat(gumTrain).ToList();
        var ewtTrainParagraphs = GoldParagraph.From(ewtTrain);
        var gumTrainParagraphs = GoldParagraph.From(gumTrain);
        var train = ewtTrainParagraphs.Concat(gumTrainParagraphs).ToList();
        var dev = GoldParagraph.From(ConlluFiles(data.EwtDev));
        var gumDev = GoldParagraph.From(ConlluFiles(data.GumDev));

        var exceptions = ExceptionsCompiler.Compile(trainSentences);
        Write(outputDirectory, LanguagePack.ExceptionsFile, stream =>
        {
            using var writer = new StreamWriter(stream);
            WordExceptions.Write(writer, exceptions);
        });
        log.WriteLine($"{exceptions.Count} word exceptions ({watch.Elapsed.TotalSeconds:F0} s)");

        var trainedTagger = TaggerTrainer.Train(train, dev, TaggerEpochs, seed: 1, log);
        var taggerEpochs = TaggerTrainer.BestEpoch;
        var tagger = Prune(trainedTagger);
        Write(outputDirectory, LanguagePack.TaggerFile, stream => Binary(stream, tagger.Write));
        log.WriteLine($"tagger: epoch {taggerEpochs} kept ({watch.Elapsed.TotalSeconds:F0} s)");

        var trainTags = Jackknife.Tag(train, dev, tagger.Tags, Folds, taggerEpochs, seed: 11, log);
        // The development tags come from the tagger as trained; pruning it changes 0.04% of them.
        var devTags = ParserData.Tag(trainedTagger, dev);
        var gumDevTags = ParserData.Tag(trainedTagger, gumDev);
        log.WriteLine($"jackknifed tags ({watch.Elapsed.TotalSeconds:F0} s)");

        var segmenter = SegmenterTrainer.Train(train, trainTags, dev, devTags, SegmenterEpochs, seed: 4, log);
        Write(outputDirectory, LanguagePack.SegmenterFile, stream => Binary(stream, segmenter.Write));

        var uner = Linguistics.Evaluation.UnerEntities.Read(data.UnerDev);
        var gumTags = trainTags[ewtTrainParagraphs.Count..];
        var cases = EntityTrainer.Cases(trainSentences);
        var entityTrain = EntityTrainer.Sentences(gumTrainParagraphs, gumTags, cases, EntityTrainer.GumGold(gumTrainParagraphs));
        var entityDev = new List<(string, List<EntitySentence>)>
        {
            ("UNER-dev", EntityTrainer.Sentences(dev, devTags, cases, s => uner.GetValueOrDefault(s.Id))),
            ("GUM-dev", EntityTrainer.Sentences(gumDev, gumDevTags, cases, EntityTrainer.GumGold(gumDev))),
        };
        var recognizer = EntityTrainer.Train(cases, entityTrain, entityDev, EntityEpochs, seed: 3, log);
        Write(outputDirectory, LanguagePack.EntitiesFile, stream => Binary(stream, recognizer.Write));
        log.WriteLine($"segmenter and entities ({watch.Elapsed.TotalSeconds:F0} s)");

        var relations = ParserData.Relations(train);
        var parserTrain = ParserData.Sentences(train, trainTags, tagger.Tags, relations, projectivize: true, out var lifted);
        var parserDev = ParserData.Sentences(dev, devTags, tagger.Tags, relations, projectivize: false, out _);
        log.WriteLine($"parser: {parserTrain.Count} sentences, {lifted} arcs lifted, {relations.Count} relations");
        var parser = Prune(ParserTrainer.Train(relations, parserTrain, parserDev, parserEpochs, seed: 2, log));
        Write(outputDirectory, LanguagePack.ParserFile, stream => Binary(stream, parser.Write));
        log.WriteLine($"all models rebuilt in {watch.Elapsed.TotalMinutes:F1} min");
        return 0;
    }

    public static Linguistics.Tagging.Tagger Prune(Linguistics.Tagging.Tagger tagger) =>
        new(tagger.Tags, tagger.Lexicon, tagger.Clusters, tagger.Model.Pruned(TaggerPruning.Feature, TaggerPruning.Weight));

    public static Linguistics.Parsing.DependencyParser Prune(Linguistics.Parsing.DependencyParser parser) =>
        new(parser.Relations, parser.Model.Pruned(ParserPruning.Feature, ParserPruning.Weight));

    private static IReadOnlyList<Linguistics.Conllu.ConlluSentence> ConlluFiles(string path) => Treebanks.Read(path);

    private static void Binary(Stream stream, Action<BinaryWriter> write)
    {
        using var writer = new BinaryWriter(stream);
        write(writer);
    }

    private static void Write(string directory, string name, Action<Stream> write)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        using (var stream = File.Create(path))
        {
            write(stream);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB)");
    }
}
