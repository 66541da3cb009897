using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;

namespace Attribution.Training.Tagging;

/// <summary>
/// Tags the training paragraphs the way the tagger will tag unseen text: the documents are dealt into folds, and
/// each fold is tagged by a tagger trained on the others. Models trained on these tags (segmenter, recogniser,
/// parser) learn from tags with realistic errors, not from the near-perfect tags a tagger gives its own training
/// data.
/// </summary>
internal static class Jackknife
{
    public static byte[][] Tag(List<GoldParagraph> train, List<GoldParagraph> dev, TagSet tagSet, int folds, int epochs, ulong seed, TextWriter log)
    {
        var fold = FoldOf(train, folds);
        var tags = new byte[train.Count][];
        var lines = new string[folds];

        // The folds are independent and each is deterministic, so they may run at once.
        Parallel.For(0, folds, k =>
        {
            var rest = train.Where((_, p) => fold[p] != k).ToList();
            var tagger = TaggerTrainer.Train(rest, dev, epochs, seed + (ulong)k, TextWriter.Null, tagSet);
            var held = 0;
            var correct = 0;
            for (var p = 0; p < train.Count; p++)
            {
                if (fold[p] != k)
                {
                    continue;
                }

                var lexical = TaggerTrainer.Lexical(train[p]);
                tags[p] = new byte[lexical.Length];
                tagger.Tag(lexical, tags[p]);
                for (var i = 0; i < lexical.Length; i++)
                {
                    held++;
                    correct += UposNames.Name(tagger.Tags.Tags[tags[p][i]].Upos) == train[p].Gold[i].Upos ? 1 : 0;
                }
            }

            lines[k] = $"jackknife fold {k + 1}/{folds}: held-out UPOS {100.0 * correct / held:F2} on {held} words";
        });

        foreach (var line in lines)
        {
            log.WriteLine(line);
        }

        return tags;
    }

    /// <summary>Each paragraph's fold: documents in turn, so that no document is split across folds.</summary>
    private static int[] FoldOf(List<GoldParagraph> paragraphs, int folds)
    {
        var fold = new int[paragraphs.Count];
        var document = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            if (paragraphs[p].Sentences[0].NewDocument || document < 0)
            {
                document++;
            }

            fold[p] = document % folds;
        }

        return fold;
    }
}
