using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;
using Attribution.Training.Learning;

namespace Attribution.Training.Tagging;

/// <summary>
/// Trains the tagger: the tag set from the training pairs, then epochs of the averaged perceptron over shuffled
/// paragraphs, each word tagged with the model's own earlier guesses as context (as at run time). The epoch that
/// tags the development paragraphs best is kept. Several perceptrons may learn side by side, each over its own order
/// of the paragraphs, their weights averaged into one model after every epoch (<see
/// cref="AveragedPerceptron.ExportMean"/>): an ensemble that tags at the cost of one model. The shipped tagger is one
/// perceptron (<see cref="Members"/>).
/// </summary>
internal static class TaggerTrainer
{
    private const int MinPairCount = 10;

    /// <summary>
    /// How many perceptrons are averaged. More raise the tagger a little on EWT dev (UPOS with the treebank's words,
    /// best epoch: one 95.06, three 95.12, five 95.14), but with three the models retrained on its tags lost as much
    /// (EWT dev from raw text: UPOS 94.50 to 94.55, UAS 84.04 to 83.63; the news attribution's indirect E2E exact F1
    /// 0.770 to 0.759), so the shipped tagger stays one (the README's Accuracy section has the figures). With one,
    /// training gives the same model, byte for byte, as before the option existed.
    /// </summary>
    public const int Members = 1;

    // Member k's shuffling seed is the caller's plus k times this (the golden-ratio step), so that the members of
    // one tagger never share an order with one another or with the taggers of neighbouring seeds.
    private const ulong MemberSeedStep = 0x9E3779B97F4A7C15UL;

    /// <summary>The word clusters of data/clusters (<see cref="Treebanks.ClustersFile"/>), read once; the tagger carries them into its file.</summary>
    public static readonly Lazy<WordClusters> Clusters = new(() =>
    {
        using var reader = new StreamReader(Treebanks.Locate().ClustersFile);
        return WordClusters.Parse(reader);
    });

    /// <summary>The epoch the last <see cref="Train"/> call kept.</summary>
    [ThreadStatic]
    public static int BestEpoch;

    /// <param name="train">The training paragraphs.</param>
    /// <param name="dev">The paragraphs that choose the epoch.</param>
    /// <param name="epochs">How many epochs at most.</param>
    /// <param name="seed">The shuffling seed.</param>
    /// <param name="log">Where progress goes.</param>
    /// <param name="tagSet">The classes to use (so that taggers of several folds agree); built from the data when null.</param>
    /// <param name="members">How many perceptrons to average (<see cref="Members"/>).</param>
    public static Tagger Train(List<GoldParagraph> train, List<GoldParagraph> dev, int epochs, ulong seed, TextWriter log, TagSet? tagSet = null, int members = Members)
    {
        var tags = tagSet ?? BuildTagSet(train);
        var gold = train.Select(p => GoldClasses(tags, p)).ToArray();
        var lexicon = BuildLexicon(train, gold);
        var lexical = train.Select(Lexical).ToArray();
        foreach (var words in lexical)
        {
            for (var i = 0; i < words.Length; i++)
            {
                words[i].Ambiguity = lexicon.Of(words[i].Lower);
            }
        }

        var perceptrons = new AveragedPerceptron[members];
        var orders = new List<int>[members];
        var randoms = new SplitMix[members];
        for (var m = 0; m < members; m++)
        {
            perceptrons[m] = new AveragedPerceptron(tags.Count, 1 << 18);
            orders[m] = [.. Enumerable.Range(0, train.Count)];
            randoms[m] = new SplitMix(seed + ((ulong)m * MemberSeedStep));
        }

        var counts = new (int Correct, int Total)[members];
        Tagger? best = null;
        var bestAccuracy = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            // The members share nothing while they learn, so they may learn at once; each is deterministic.
            Parallel.For(0, members, m => counts[m] = Epoch(perceptrons[m], orders[m], randoms[m], lexical, gold, tags.Count));
            var correct = counts.Sum(c => (long)c.Correct);
            var total = counts.Sum(c => (long)c.Total);

            var tagger = new Tagger(tags, lexicon, Clusters.Value, AveragedPerceptron.ExportMean(perceptrons));
            var (accuracy, xpos, both) = Accuracies(tagger, dev);
            log.WriteLine($"tagger epoch {epoch}: train {100.0 * correct / total:F2}, dev UPOS {100 * accuracy:F2} XPOS {100 * xpos:F2} both {100 * both:F2} ({tagger.Model.FeatureCount} features)");
            if (accuracy > bestAccuracy)
            {
                bestAccuracy = accuracy;
                best = tagger;
                BestEpoch = epoch;
            }
        }

        return best!;
    }

    /// <summary>One epoch of one perceptron over the paragraphs in a new order; the words it tagged right, of all.</summary>
    private static (int Correct, int Total) Epoch(AveragedPerceptron perceptron, List<int> order, SplitMix random, LexicalFeatures[][] lexical, byte[][] gold, int classes)
    {
        random.Shuffle(order);
        Span<ulong> features = stackalloc ulong[TaggerFeatures.Count];
        Span<float> scores = stackalloc float[classes];
        var correct = 0;
        var total = 0;
        foreach (var p in order)
        {
            var words = lexical[p];
            var goldTags = gold[p];
            var guesses = new byte[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                TaggerFeatures.Extract(words, i, guesses, features);
                scores.Clear();
                perceptron.Score(features, scores);
                var guess = LinearModel.Best(scores);
                perceptron.Update(features, goldTags[i], guess);
                perceptron.Tick();
                guesses[i] = (byte)guess;
                correct += guess == goldTags[i] ? 1 : 0;
                total++;
            }
        }

        return (correct, total);
    }

    /// <summary>The share of development words whose UPOS comes out right.</summary>
    public static double Accuracy(Tagger tagger, List<GoldParagraph> paragraphs) => Accuracies(tagger, paragraphs).Upos;

    /// <summary>The shares of words whose UPOS, XPOS and both come out right.</summary>
    public static (double Upos, double Xpos, double Both) Accuracies(Tagger tagger, List<GoldParagraph> paragraphs)
    {
        var correct = 0;
        var uposCorrect = 0;
        var xposCorrect = 0;
        var total = 0;
        foreach (var paragraph in paragraphs)
        {
            var words = Lexical(paragraph);
            var classes = new byte[words.Length];
            tagger.Tag(words, classes);
            for (var i = 0; i < words.Length; i++)
            {
                var (upos, xpos) = tagger.Tags.Tags[classes[i]];
                var g = paragraph.Gold[i];
                var uposRight = UposNames.Name(upos) == g.Upos;
                var xposRight = xpos == g.Xpos;
                correct += uposRight && xposRight ? 1 : 0;
                uposCorrect += uposRight ? 1 : 0;
                xposCorrect += xposRight ? 1 : 0;
                total++;
            }
        }

        if (Environment.GetEnvironmentVariable("TAGGER_CONFUSIONS") is not null)
        {
            var confusions = new Dictionary<string, int>();
            foreach (var paragraph in paragraphs)
            {
                var words = Lexical(paragraph);
                var classes = new byte[words.Length];
                tagger.Tag(words, classes);
                for (var i = 0; i < words.Length; i++)
                {
                    var upos = UposNames.Name(tagger.Tags.Tags[classes[i]].Upos);
                    if (upos != paragraph.Gold[i].Upos)
                    {
                        var key = $"{paragraph.Gold[i].Upos}->{upos}";
                        confusions[key] = confusions.GetValueOrDefault(key) + 1;
                    }
                }
            }

            Console.WriteLine(string.Join("  ", confusions.OrderByDescending(p => p.Value).Take(30).Select(p => $"{p.Key} {p.Value}")));
        }

        return ((double)uposCorrect / total, (double)xposCorrect / total, (double)correct / total);
    }

    /// <summary>A paragraph's lexical features, with each word's cluster (which the tagger would fill in).</summary>
    public static LexicalFeatures[] Lexical(GoldParagraph paragraph)
    {
        var features = new LexicalFeatures[paragraph.Words.Length];
        LexicalFeatures.Compute(paragraph.Text, paragraph.Words, features);
        var clusters = Clusters.Value;
        for (var i = 0; i < features.Length; i++)
        {
            features[i].Cluster = clusters.Of(features[i].Lower);
        }

        return features;
    }

    private static byte[] GoldClasses(TagSet tags, GoldParagraph paragraph)
    {
        var classes = new byte[paragraph.Gold.Length];
        for (var i = 0; i < classes.Length; i++)
        {
            classes[i] = (byte)Nearest(tags, UposNames.Parse(paragraph.Gold[i].Upos), paragraph.Gold[i].Xpos);
        }

        return classes;
    }

    /// <summary>The class of a pair, or for a pair too rare to be a class, the class with its Penn tag (or its UPOS).</summary>
    private static int Nearest(TagSet tags, PartOfSpeech upos, string xpos)
    {
        var exact = tags.ClassOf(upos, xpos);
        if (exact >= 0)
        {
            return exact;
        }

        for (var i = 0; i < tags.Count; i++)
        {
            if (tags.Tags[i].Xpos == xpos)
            {
                return i;
            }
        }

        for (var i = 0; i < tags.Count; i++)
        {
            if (tags.Tags[i].Upos == upos)
            {
                return i;
            }
        }

        return 0;
    }

    private const int MinLexiconCount = 3;

    /// <summary>
    /// The ambiguity class of every word seen at least <see cref="MinLexiconCount"/> times: the hash of the sorted set
    /// of classes it was seen with (each class counted when it covers at least a twentieth of the word's uses, so
    /// that one annotation slip does not change the class).
    /// </summary>
    private static TagLexicon BuildLexicon(List<GoldParagraph> train, byte[][] gold)
    {
        var counts = new Dictionary<ulong, Dictionary<byte, int>>();
        for (var p = 0; p < train.Count; p++)
        {
            var paragraph = train[p];
            for (var i = 0; i < paragraph.Words.Length; i++)
            {
                var lower = Linguistics.Models.FeatureHash.OfLower(paragraph.Words[i].Of(paragraph.Text));
                if (!counts.TryGetValue(lower, out var byClass))
                {
                    counts[lower] = byClass = [];
                }

                byClass[gold[p][i]] = byClass.GetValueOrDefault(gold[p][i]) + 1;
            }
        }

        var entries = new List<KeyValuePair<ulong, ulong>>();
        foreach (var (word, byClass) in counts)
        {
            var total = byClass.Values.Sum();
            if (total < MinLexiconCount)
            {
                continue;
            }

            var value = 0xA5A5UL;
            foreach (var cls in byClass.Where(c => c.Value * 20 >= total).Select(c => c.Key).Order())
            {
                value = Linguistics.Models.FeatureHash.Mix(value ^ cls);
            }

            entries.Add(new(word, value));
        }

        return new TagLexicon(entries);
    }

    /// <summary>Pairs seen at least <see cref="MinPairCount"/> times, most frequent first (ties in name order).</summary>
    private static TagSet BuildTagSet(List<GoldParagraph> train)
    {
        var counts = new Dictionary<(PartOfSpeech, string), int>();
        foreach (var word in train.SelectMany(p => p.Gold))
        {
            var key = (UposNames.Parse(word.Upos), word.Xpos);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var tags = counts.Where(p => p.Value >= MinPairCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Select(p => p.Key).ToArray();
        return new TagSet(tags);
    }
}
