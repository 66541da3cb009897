using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;
using Attribution.Training.Parsing;
using Attribution.Training.Tagging;

namespace Attribution.Training.Commands;

/// <summary>What pruning the shipped tagger and parser at several thresholds costs on EWT dev, and what it saves.</summary>
internal static class PruneReport
{
    public static int Run(Treebanks data, string modelDirectory, string[] thresholds)
    {
        Tagger tagger;
        using (var reader = new BinaryReader(File.OpenRead(Path.Combine(modelDirectory, "tagger.bin"))))
        {
            tagger = Tagger.Read(reader);
        }

        DependencyParser parser;
        using (var reader = new BinaryReader(File.OpenRead(Path.Combine(modelDirectory, "parser.bin"))))
        {
            parser = DependencyParser.Read(reader);
        }

        if (thresholds is ["--write"])
        {
            // Prunes models trained before pruning was part of the all command, to the bytes that command now writes.
            Write(Path.Combine(modelDirectory, "tagger.bin"), TrainAll.Prune(tagger).Write);
            Write(Path.Combine(modelDirectory, "parser.bin"), TrainAll.Prune(parser).Write);
            return 0;
        }

        var dev = GoldParagraph.From(Treebanks.Read(data.EwtDev));
        var tags = ParserData.Tag(tagger, dev);
        var sentences = ParserData.Sentences(dev, tags, tagger.Tags, parser.Relations, projectivize: false, out _);
        foreach (var pair in thresholds)
        {
            var parts = pair.Split('/').Select(t => float.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            var value = parts[0];
            var weight = parts.Length > 1 ? parts[1] : 0;
            var prunedTagger = new Tagger(tagger.Tags, tagger.Lexicon, tagger.Clusters, tagger.Model.Pruned(value, weight));
            var prunedParser = new DependencyParser(parser.Relations, parser.Model.Pruned(value, weight));
            var (uas, las) = ParserTrainer.Score(prunedParser, sentences);
            var upos = TaggerTrainer.Accuracy(prunedTagger, dev);
            Console.WriteLine(
                $"threshold {pair}: tagger {prunedTagger.Model.FeatureCount} features, UPOS {100 * upos:F2}; " +
                $"parser {prunedParser.Model.FeatureCount} features {prunedParser.Model.WeightCount} weights, UAS {100 * uas:F2} LAS {100 * las:F2}");
        }

        return 0;
    }

    private static void Write(string path, Action<BinaryWriter> write)
    {
        using var writer = new BinaryWriter(File.Create(path));
        write(writer);
    }
}
