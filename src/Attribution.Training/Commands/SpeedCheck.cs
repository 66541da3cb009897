using System.Diagnostics;
using Attribution;
using Attribution.Linguistics;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Training.Commands;

/// <summary>
/// A rough stopwatch check of the analyser's stages while developing models (the reported figures come from the
/// BenchmarkDotNet suite, not from here). Stage names after the file (comma-separated) time only those; with
/// <c>--loop</c> before a stage name, that stage runs on for twenty seconds, for a sampling profiler to watch.
/// </summary>
internal static class SpeedCheck
{
    public static int Run(string path, string[] options)
    {
        var loop = options is ["--loop", ..];
        var only = loop ? options[1..] : options.Length > 0 ? options[0].Split(',') : null;
        var text = File.ReadAllText(path);
        var pack = LanguagePack.English;
        Describe("tagger", pack.Tagger.Model);
        Describe("segmenter", pack.Segmenter.Model);
        Describe("entities", pack.Entities.Model);
        Describe("parser", pack.Parser.Model);
        using var document = Analyzer.Run(pack, text, null, CancellationToken.None);
        var words = document.Words.AsSpan().ToArray();
        var lexical = new LexicalFeatures[words.Length];
        var tags = document.Tags.AsSpan().ToArray();
        var labels = new byte[words.Length];
        var names = new ulong[words.Length];
        var hashes = new ulong[words.Length];
        var clusters = new int[words.Length];
        var punct = new bool[words.Length];
        var sentences = document.Sentences.AsSpan().ToArray();
        var state = new ParseState();
        LexicalFeatures.Compute(text, words, lexical);
        var documentCases = new DocumentCases();
        var labelled = new DocumentLabels();
        documentCases.Add(text, words);
        for (var i = 0; i < words.Length; i++)
        {
            names[i] = EntityFeatures.Describe(words[i].Of(text), lexical[i].Lower, pack.Entities.Cases, documentCases.BandOf(text, words, i, lexical[i].Lower));
        }

        var attributor = new QuoteAttributor();
        var stages = new (string Name, Action Action)[]
        {
            ("tokens+words", () =>
            {
                using var doc = Document.Parse(text, Tokenizer.Instance);
                using var list = new PooledList<Word>(words.Length + 16);
                WordSplitter.Split(text, doc.Tokens, pack.Exceptions, list);
            }),
            ("lexical", () => LexicalFeatures.Compute(text, words, lexical)),
            ("tagger", () =>
            {
                foreach (var s in sentences)
                {
                    pack.Tagger.Tag(lexical.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length));
                }
            }),
            ("document cases", () =>
            {
                documentCases.Clear();
                documentCases.Add(text, words);
            }),
            ("name classes", () =>
            {
                for (var i = 0; i < words.Length; i++)
                {
                    names[i] = EntityFeatures.Describe(words[i].Of(text), lexical[i].Lower, pack.Entities.Cases, documentCases.BandOf(text, words, i, lexical[i].Lower));
                }
            }),
            ("entities", () =>
            {
                // As the analyser does, each sentence reads and adds to what the document's earlier ones were labelled.
                labelled.Clear();
                foreach (var s in sentences)
                {
                    pack.Entities.Recognize(lexical.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length), names.AsSpan(s.FirstWord, s.Length), labels.AsSpan(s.FirstWord, s.Length), labelled);
                }
            }),
            ("parser", () =>
            {
                foreach (var s in sentences)
                {
                    pack.Parser.Parse(state, hashes.AsSpan(s.FirstWord, s.Length), clusters.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length), punct.AsSpan(s.FirstWord, s.Length));
                }
            }),
            ("analyze all", () => Analyzer.Run(pack, text, null, CancellationToken.None).Dispose()),
            ("attribute", () => attributor.Attribute(text)),
        };
        for (var i = 0; i < words.Length; i++)
        {
            hashes[i] = lexical[i].Lower;
            clusters[i] = pack.Tagger.Clusters.Of(lexical[i].Lower);
            punct[i] = pack.PunctuationClasses[tags[i]];
        }

        foreach (var (name, action) in stages)
        {
            if (!loop && (only is null || only.Contains(name)))
            {
                Time(name, words.Length, action);
            }
            else if (loop && only!.Contains(name))
            {
                var watch = Stopwatch.StartNew();
                while (watch.ElapsedMilliseconds < 20_000)
                {
                    action();
                }
            }
        }

        return 0;
    }

    private static void Describe(string name, LinearModel model) =>
        Console.WriteLine($"{name,-10} {model.ClassCount,4} classes {model.FeatureCount,9:N0} features {model.WeightCount,10:N0} weights {model.TableBytes / 1e6,6:F1} MB in memory");

    // Best of five rounds, by the process's processor time as well as by the clock: on a shared machine the clock
    // counts the time other processes hold the core, the processor time does not.
    private static void Time(string name, int words, Action action)
    {
        action();
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var round = 0; round < 5; round++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var repeats = 0;
            while (watch.ElapsedMilliseconds < 300)
            {
                action();
                repeats++;
            }

            process.Refresh();
            best = Math.Min(best, watch.Elapsed.TotalSeconds / repeats);
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds / repeats);
        }

        Console.WriteLine($"{name,-14} {words / best / 1e6,8:F3} M words/s, {words / bestCpu / 1e6,8:F3} M words per processor second");
    }
}
