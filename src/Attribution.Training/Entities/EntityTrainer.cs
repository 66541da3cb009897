using Attribution.Linguistics.Evaluation;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Data;
using Attribution.Training.Learning;

namespace Attribution.Training.Entities;

/// <summary>
/// Trains the recogniser: epochs of the averaged perceptron over shuffled documents, each sentence in its document's
/// order and each word labelled greedily with the model's own previous label and what the document's earlier
/// sentences were labelled (<see cref="DocumentLabels"/>) as context; the epoch with the best mean F1 over the
/// development sets is kept.
/// </summary>
internal static class EntityTrainer
{
    /// <summary>Words seen fewer times inside sentences get no capitalisation band.</summary>
    public const int CaseMinCount = 2;

    public static EntityRecognizer Train(
        CaseLexicon cases, List<EntitySentence> train, IReadOnlyList<(string Name, List<EntitySentence> Sentences)> dev, int epochs, ulong seed, TextWriter log)
    {
        var perceptron = new AveragedPerceptron(EntityLabels.Count, 1 << 18);
        var gold = train.Select(s => s.GoldLabels()).ToArray();
        // Documents are shuffled, not sentences: a sentence reads what its document's earlier ones were labelled.
        var documents = Documents(train);
        var order = Enumerable.Range(0, documents.Count).ToList();
        var random = new SplitMix(seed);
        var memory = new DocumentLabels();
        Span<ulong> features = stackalloc ulong[EntityFeatures.Count];
        Span<float> scores = stackalloc float[EntityLabels.Count];
        EntityRecognizer? best = null;
        var bestF1 = -1.0;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var document in order)
            {
                memory.Clear();
                foreach (var index in documents[document])
                {
                    var sentence = train[index];
                    var names = sentence.Names.ToArray();
                    memory.Apply(sentence.Words, names);
                    var guesses = new byte[sentence.Words.Length];
                    var previous = EntityLabels.Outside;
                    for (var i = 0; i < sentence.Words.Length; i++)
                    {
                        EntityFeatures.Extract(sentence.Words, sentence.Tags, names, i, previous, features);
                        scores.Clear();
                        perceptron.Score(features, scores);
                        var isLast = i == sentence.Words.Length - 1;
                        var guess = EntityRecognizer.BestAllowed(scores, previous, isLast);
                        perceptron.Update(features, gold[index][i], guess);
                        perceptron.Tick();
                        guesses[i] = (byte)guess;

                        // Follow the gold label while it is allowed, so one slip does not derail the rest of the sentence.
                        previous = EntityLabels.Allows(previous, gold[index][i], isLast) ? gold[index][i] : guess;
                    }

                    // The document remembers what the model said, as it will at run time, not the gold labels.
                    memory.Remember(sentence.Words, names, guesses);
                }
            }

            var recognizer = new EntityRecognizer(cases, perceptron.Export(0));
            var line = $"entities epoch {epoch}:";
            var sum = 0.0;
            foreach (var (name, sentences) in dev)
            {
                var scoresByType = Score(recognizer, sentences);
                sum += scoresByType.Overall;
                line += $" {name} F1 {100 * scoresByType.Overall:F2} (PER {100 * scoresByType.Person:F1} ORG {100 * scoresByType.Organization:F1} LOC {100 * scoresByType.Place:F1})";
            }

            log.WriteLine(line + $" ({recognizer.Model.FeatureCount} features)");
            if (sum > bestF1)
            {
                bestF1 = sum;
                best = recognizer;
            }
        }

        return best!;
    }

    public static (double Overall, double Person, double Organization, double Place) Score(EntityRecognizer recognizer, List<EntitySentence> sentences)
    {
        var counts = new int[4, 3];
        foreach (var (sentence, labels, _) in Label(recognizer, sentences))
        {
            var predicted = Spans(labels);
            var gold = sentence.Gold.ToHashSet();
            foreach (var span in predicted)
            {
                counts[(int)span.Type, 1]++;
                counts[3, 1]++;
                if (gold.Contains(span))
                {
                    counts[(int)span.Type, 2]++;
                    counts[3, 2]++;
                }
            }

            foreach (var span in sentence.Gold)
            {
                counts[(int)span.Type, 0]++;
                counts[3, 0]++;
            }
        }

        double F1(int row) => counts[row, 0] + counts[row, 1] == 0 ? 0 : 2.0 * counts[row, 2] / (counts[row, 0] + counts[row, 1]);
        return (F1(3), F1(0), F1(1), F1(2));
    }

    /// <summary>Prints each sentence whose predicted entities differ from the gold ones, both marked in its words.</summary>
    public static void ShowErrors(EntityRecognizer recognizer, List<EntitySentence> sentences, TextWriter log, TagSet? tags = null)
    {
        foreach (var (sentence, labels, _) in Label(recognizer, sentences))
        {
            var predicted = Spans(labels);
            if (predicted.SequenceEqual(sentence.Gold) || sentence.Source is null)
            {
                continue;
            }

            var forms = sentence.Source.Words.Select((w, i) => tags is null ? w.Form : w.Form + "_" + tags.Tags[sentence.Tags[i]].Xpos).ToArray();
            string Show(IEnumerable<EntitySpan> spans) =>
                string.Join(" | ", spans.Select(s => string.Join(' ', forms[s.Start..s.End]) + "/" + s.Type.ToString()[..3]));
            log.WriteLine($"{string.Join(' ', forms)}\n    gold: {Show(sentence.Gold)}\n    predicted: {Show(predicted)}");
        }
    }

    /// <summary>Prints, for each dev occurrence of <paramref name="form"/>, what each feature template adds to each label's score.</summary>
    public static void Probe(EntityRecognizer recognizer, List<EntitySentence> sentences, string form, TextWriter log)
    {
        Span<ulong> features = stackalloc ulong[EntityFeatures.Count];
        Span<int> scores = stackalloc int[EntityLabels.Count];
        foreach (var (sentence, labels, names) in Label(recognizer, sentences))
        {
            if (sentence.Source is null)
            {
                continue;
            }

            for (var i = 0; i < sentence.Words.Length; i++)
            {
                if (sentence.Source.Words[i].Form != form)
                {
                    continue;
                }

                var previous = i == 0 ? 0 : labels[i - 1];
                log.WriteLine($"{string.Join(' ', sentence.Source.Words.Select(w => w.Form))}\n  predicted {labels[i]} after {previous}");
                EntityFeatures.Extract(sentence.Words, sentence.Tags, names, i, previous, features);
                var total = new int[EntityLabels.Count];
                for (var f = 0; f < features.Length; f++)
                {
                    scores.Clear();
                    recognizer.Model.Score(features.Slice(f, 1), scores);
                    for (var c = 0; c < scores.Length; c++)
                    {
                        total[c] += scores[c];
                    }

                    log.WriteLine($"  f{f}: " + string.Join(' ', scores.ToArray().Select(x => (x * recognizer.Model.Scale).ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
                }

                log.WriteLine("  sum: " + string.Join(' ', total.Select(x => (x * recognizer.Model.Scale).ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
            }
        }
    }

    /// <summary>Labels the sentences document by document, in order, as the analyser does; with the name classes the recogniser read.</summary>
    private static IEnumerable<(EntitySentence Sentence, byte[] Labels, ulong[] Names)> Label(EntityRecognizer recognizer, List<EntitySentence> sentences)
    {
        var memory = new DocumentLabels();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            if (s == 0 || sentence.Document != sentences[s - 1].Document)
            {
                memory.Clear();
            }

            var labels = new byte[sentence.Words.Length];
            var names = sentence.Names.ToArray();
            recognizer.Recognize(sentence.Words, sentence.Tags, names, labels, memory);
            yield return (sentence, labels, names);
        }
    }

    /// <summary>The indexes of each document's sentences, in order.</summary>
    private static List<List<int>> Documents(List<EntitySentence> sentences)
    {
        var documents = new List<List<int>>();
        for (var s = 0; s < sentences.Count; s++)
        {
            if (s == 0 || sentences[s].Document != sentences[s - 1].Document)
            {
                documents.Add([]);
            }

            documents[^1].Add(s);
        }

        return documents;
    }

    public static List<EntitySpan> Spans(ReadOnlySpan<byte> labels)
    {
        var spans = new List<EntitySpan>();
        var start = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            if (EntityLabels.Opens(labels[i]))
            {
                start = i;
            }

            if (EntityLabels.Closes(labels[i]) && start >= 0)
            {
                spans.Add(new EntitySpan(start, i + 1, EntityLabels.TypeOf(labels[i])));
                start = -1;
            }
        }

        return spans;
    }

    /// <summary>The capitalisation bands of the words of unlabelled sentences (the training treebanks' text).</summary>
    public static CaseLexicon Cases(IReadOnlyList<Linguistics.Conllu.ConlluSentence> sentences) =>
        CaseCounts.Learn(sentences.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)]), CaseMinCount);

    /// <summary>GUM's named entities for each sentence of <paramref name="paragraphs"/>, converted over all of them at once.</summary>
    public static Func<Linguistics.Conllu.ConlluSentence, List<EntitySpan>?> GumGold(List<GoldParagraph> paragraphs)
    {
        var sentences = paragraphs.SelectMany(p => p.Sentences).ToList();
        var spans = GumEntities.Of(sentences);
        var byId = new Dictionary<string, List<EntitySpan>>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            byId[sentences[s].Id] = spans[s];
        }

        return sentence => byId.GetValueOrDefault(sentence.Id);
    }

    /// <summary>Sentences of tagged paragraphs with the gold entities <paramref name="goldOf"/> gives for each.</summary>
    public static List<EntitySentence> Sentences(
        List<GoldParagraph> paragraphs, byte[][] tags, CaseLexicon cases, Func<Linguistics.Conllu.ConlluSentence, List<EntitySpan>?> goldOf)
    {
        var result = new List<EntitySentence>();
        var documentCases = new DocumentCases();
        var document = -1;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // As at run time, a document's words are all counted before any of its sentences is labelled.
            if (p == 0 || paragraphs[p].Sentences[0].NewDocument)
            {
                document++;
                documentCases.Clear();
                for (var q = p; q < paragraphs.Count && (q == p || !paragraphs[q].Sentences[0].NewDocument); q++)
                {
                    documentCases.Add(paragraphs[q].Text, paragraphs[q].Words);
                }
            }

            var paragraph = paragraphs[p];
            var lexical = Tagging.TaggerTrainer.Lexical(paragraph);
            for (var s = 0; s < paragraph.SentenceStarts.Length; s++)
            {
                var gold = goldOf(paragraph.Sentences[s]);
                if (gold is null)
                {
                    continue;
                }

                var start = paragraph.SentenceStarts[s];
                var end = s + 1 < paragraph.SentenceStarts.Length ? paragraph.SentenceStarts[s + 1] : paragraph.Words.Length;
                var names = new ulong[end - start];
                for (var w = start; w < end; w++)
                {
                    var band = documentCases.BandOf(paragraph.Text, paragraph.Words, w, lexical[w].Lower);
                    names[w - start] = EntityFeatures.Describe(paragraph.Words[w].Of(paragraph.Text), lexical[w].Lower, cases, band);
                }

                result.Add(new EntitySentence(lexical[start..end], tags[p][start..end], names, gold) { Source = paragraph.Sentences[s], Document = document });
            }
        }

        return result;
    }
}
