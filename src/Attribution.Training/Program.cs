using Attribution.Training.Commands;

namespace Attribution.Training;

/// <summary>The trainer: builds the English models from the treebanks under data/ud. Not shipped in the package.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: Attribution.Training <command> [options]; commands: all, ranker, tokens");
            return 2;
        }

        var data = Treebanks.Locate();
        return args[0] switch
        {
            "all" => TrainAll.Run(data, ModelDirectory, args[1..]),
            "tokens" => TokenReport.Run(data, args[1..]),
            "exceptions" => CompileExceptions(data),
            "tagger" => TrainTagger(data, args[1..]),
            "parser" => TrainParser(data, args[1..]),
            "entities" => TrainEntities(data, args[1..]),
            "segmenter" => TrainSegmenter(data, args[1..]),
            "speed" => SpeedCheck.Run(args[1], args[2..]),
            "segment-errors" => SegmentErrors.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
            "prune" => PruneReport.Run(data, ModelDirectory, args[1..]),
            "names" => NameAgreement.Run(args.Length > 1 ? args[1] : "data/corpus/dev", args.Contains("--verbose")),
            "ranker" => TrainRanker.Run(args[1..]),
            "clusters" => BuildClusters.Run(args[1], ClustersPath, args[2..]),
            "entity-dump" => EntityDump.Run(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)),
            _ => Usage(args[0]),
        };
    }

    private static int CompileExceptions(Treebanks data)
    {
        var entries = Tokenization.ExceptionsCompiler.Compile(Treebanks.Read(data.EwtTrain, data.GumTrain));
        Directory.CreateDirectory(Path.GetDirectoryName(TokenReport.ExceptionsPath)!);
        using var writer = new StreamWriter(TokenReport.ExceptionsPath);
        Attribution.Linguistics.Words.WordExceptions.Write(writer, entries);
        Console.WriteLine($"{entries.Count} word exceptions written to {TokenReport.ExceptionsPath}");
        return 0;
    }

    private static int TrainTagger(Treebanks data, string[] args)
    {
        var epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10;
        var train = Data.GoldParagraph.From(Treebanks.Read(data.EwtTrain, data.GumTrain));
        var dev = Data.GoldParagraph.From(Treebanks.Read(data.EwtDev));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var members = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : Tagging.TaggerTrainer.Members;
        var tagger = Tagging.TaggerTrainer.Train(train, dev, epochs, seed: 1, Console.Out, members: members);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F0} s");
        Save(TaggerPath, tagger.Write);
        return 0;
    }

    private const string ModelDirectory = "src/Attribution/Languages/English/Models";

    /// <summary>Where the word clusters are kept, beside the treebanks: data, not a model (the models are built from it).</summary>
    public static string ClustersPath => Treebanks.Locate().ClustersFile;

    private static string TaggerPath => Path.Combine(ModelDirectory, "tagger.bin");

    private static string ParserPath => Path.Combine(ModelDirectory, "parser.bin");

    private static void Save(string path, Action<BinaryWriter> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            write(writer);
        }

        Console.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024} KB)");
    }

    private static T Load<T>(string path, Func<BinaryReader, T> read)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        return read(reader);
    }

    private static string EntitiesPath => Path.Combine(ModelDirectory, "entities.bin");

    private static int TrainEntities(Treebanks data, string[] args)
    {
        // The defaults are the all command's, so that with NER_JACKKNIFE this trains on what all trains on (and today
        // writes all's entities.bin byte for byte). The development tags here come from the shipped (pruned) tagger,
        // not the unpruned one all tags them with, so a change may make the two keep different epochs: the shipped
        // file is always the one all writes.
        var epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : TrainAll.EntityEpochs;
        var seed = args.Length > 1 ? ulong.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var tagger = Load(TaggerPath, Attribution.Linguistics.Tagging.Tagger.Read);
        var train = Data.GoldParagraph.From(Treebanks.Read(data.GumTrain));
        var gumDev = Data.GoldParagraph.From(Treebanks.Read(data.GumDev));
        var ewtDev = Data.GoldParagraph.From(Treebanks.Read(data.EwtDev));
        var uner = Linguistics.Evaluation.UnerEntities.Read(data.UnerDev);
        var cases = Entities.EntityTrainer.Cases(Treebanks.Read(data.EwtTrain, data.GumTrain));
        var trainTags = Environment.GetEnvironmentVariable("NER_JACKKNIFE") is { } cache ? JackknifedTags(data, tagger, cache)[Data.GoldParagraph.From(Treebanks.Read(data.EwtTrain)).Count..] : Parsing.ParserData.Tag(tagger, train);
        var trainSentences = Entities.EntityTrainer.Sentences(train, trainTags, cases, Entities.EntityTrainer.GumGold(train));
        var gumDevSentences = Entities.EntityTrainer.Sentences(gumDev, Parsing.ParserData.Tag(tagger, gumDev), cases, Entities.EntityTrainer.GumGold(gumDev));
        var unerDevSentences = Entities.EntityTrainer.Sentences(ewtDev, Parsing.ParserData.Tag(tagger, ewtDev), cases, s => uner.GetValueOrDefault(s.Id));
        Console.WriteLine($"entities: {trainSentences.Count} training sentences with {trainSentences.Sum(s => s.Gold.Count)} names; UNER dev {unerDevSentences.Count} sentences, {unerDevSentences.Sum(s => s.Gold.Count)} names");
        var recognizer = Entities.EntityTrainer.Train(cases, trainSentences, [("UNER-dev", unerDevSentences), ("GUM-dev", gumDevSentences)], epochs, seed, Console.Out);
        if (Environment.GetEnvironmentVariable("ENTITY_ERRORS") is { } shown)
        {
            Entities.EntityTrainer.ShowErrors(recognizer, shown.StartsWith("uner", StringComparison.Ordinal) ? unerDevSentences : gumDevSentences, Console.Out, shown.EndsWith("tags", StringComparison.Ordinal) ? tagger.Tags : null);
        }

        if (Environment.GetEnvironmentVariable("ENTITY_PROBE") is { } probe)
        {
            Entities.EntityTrainer.Probe(recognizer, unerDevSentences.Concat(gumDevSentences).ToList(), probe, Console.Out);
        }

        Save(args.Length > 2 ? args[2] : EntitiesPath, recognizer.Write);
        return 0;
    }

    /// <summary>EWT and GUM train's tags jackknifed as the all command does, kept in <paramref name="cache"/> between runs.</summary>
    private static byte[][] JackknifedTags(Treebanks data, Attribution.Linguistics.Tagging.Tagger tagger, string cache)
    {
        var ewt = Data.GoldParagraph.From(Treebanks.Read(data.EwtTrain));
        var gum = Data.GoldParagraph.From(Treebanks.Read(data.GumTrain));
        if (!File.Exists(cache))
        {
            var dev = Data.GoldParagraph.From(Treebanks.Read(data.EwtDev));
            // The all command trains each fold for as many epochs as its own tagger kept, not the most it tries (7 and
            // 10 today): with 10 the folds' taggers differ and so does every model trained on their tags. The tagger is
            // retrained as all trains it (same data, epochs and seed) to learn that number.
            Tagging.TaggerTrainer.Train([.. ewt, .. gum], dev, TrainAll.TaggerEpochs, seed: 1, TextWriter.Null);
            var epochs = Tagging.TaggerTrainer.BestEpoch;
            Console.WriteLine($"jackknifing with the tagger's kept epoch count, {epochs}");
            var tags = Tagging.Jackknife.Tag([.. ewt, .. gum], dev, tagger.Tags, TrainAll.Folds, epochs, seed: 11, Console.Out);
            using var writer = new BinaryWriter(File.Create(cache));
            writer.Write(tags.Length);
            foreach (var paragraph in tags)
            {
                writer.Write(paragraph.Length);
                writer.Write(paragraph);
            }
        }

        using var reader = new BinaryReader(File.OpenRead(cache));
        var all = new byte[reader.ReadInt32()][];
        for (var p = 0; p < all.Length; p++)
        {
            all[p] = reader.ReadBytes(reader.ReadInt32());
        }

        return all;
    }

    private static string SegmenterPath => Path.Combine(ModelDirectory, "segmenter.bin");

    private static int TrainSegmenter(Treebanks data, string[] args)
    {
        var epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : Commands.TrainAll.SegmenterEpochs;
        var tagger = Load(TaggerPath, Attribution.Linguistics.Tagging.Tagger.Read);
        var train = Data.GoldParagraph.From(Treebanks.Read(data.EwtTrain)).Concat(Data.GoldParagraph.From(Treebanks.Read(data.GumTrain))).ToList();
        var dev = Data.GoldParagraph.From(Treebanks.Read(data.EwtDev));
        // SEGMENTER_JACKKNIFE names a cache of the jackknifed training tags the all command trains on, as for the parser.
        var trainTags = Environment.GetEnvironmentVariable("SEGMENTER_JACKKNIFE") is { } cache ? JackknifedTags(data, tagger, cache) : Parsing.ParserData.Tag(tagger, train);
        var segmenter = Segmentation.SegmenterTrainer.Train(train, trainTags, dev, Parsing.ParserData.Tag(tagger, dev), epochs, seed: 4, Console.Out);
        Save(SegmenterPath, segmenter.Write);
        return 0;
    }

    private static int TrainParser(Treebanks data, string[] args)
    {
        var epochs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : Commands.TrainAll.ParserEpochs;
        var tagger = Load(TaggerPath, Attribution.Linguistics.Tagging.Tagger.Read);
        var train = Data.GoldParagraph.From(Treebanks.Read(data.EwtTrain)).Concat(Data.GoldParagraph.From(Treebanks.Read(data.GumTrain))).ToList();
        var dev = Data.GoldParagraph.From(Treebanks.Read(data.EwtDev));
        var relations = Parsing.ParserData.Relations(train);
        // PARSER_JACKKNIFE names a cache of the jackknifed training tags the all command trains on; without it the
        // tagger tags its own training data, which is quicker but better than it will tag new text.
        var trainTags = Environment.GetEnvironmentVariable("PARSER_JACKKNIFE") is { } cache ? JackknifedTags(data, tagger, cache) : Parsing.ParserData.Tag(tagger, train);
        var trainSentences = Parsing.ParserData.Sentences(train, trainTags, tagger.Tags, relations, projectivize: true, out var lifted);
        var devSentences = Parsing.ParserData.Sentences(dev, Parsing.ParserData.Tag(tagger, dev), tagger.Tags, relations, projectivize: false, out _);
        Console.WriteLine($"parser: {trainSentences.Count} training sentences, {lifted} arcs lifted; {relations.Count} relations");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var members = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Parsing.ParserTrainer.Members;
        var parser = Parsing.ParserTrainer.Train(relations, trainSentences, devSentences, epochs, seed: 2, Console.Out, members);
        Console.WriteLine($"trained in {watch.Elapsed.TotalSeconds:F0} s");
        Save(args.Length > 1 ? args[1] : ParserPath, Commands.TrainAll.Prune(parser).Write);
        return 0;
    }

    private static int Usage(string command)
    {
        Console.Error.WriteLine($"unknown command '{command}'");
        return 2;
    }
}
