using System.Diagnostics;
using Attribution.Linguistics;
using Attribution.Linguistics.Entities;
using Attribution.Linguistics.Parsing;
using Attribution.Linguistics.Tagging;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Training.Commands;

/// <summary>
/// A rough stopwatch check of the analyser's stages while developing models (the reported figures come from the
/// BenchmarkDotNet suite, not from here).
/// </summary>
internal static class SpeedCheck
{
    public static int Run(string path)
    {
        var text = File.ReadAllText(path);
        var pack = LanguagePack.English;
        using var document = Analyzer.Run(pack, text, null, CancellationToken.None);
        var words = document.Words.AsSpan().ToArray();
        var lexical = new LexicalFeatures[words.Length];
        var tags = new byte[words.Length];
        var labels = new byte[words.Length];
        var names = new ulong[words.Length];
        var hashes = new ulong[words.Length];
        var punct = new bool[words.Length];
        var sentences = document.Sentences.AsSpan().ToArray();
        var state = new ParseState();
        Time("tokens+words", words.Length, () =>
        {
            using var doc = Document.Parse(text, Tokenizer.Instance);
            using var list = new PooledList<Word>(words.Length + 16);
            WordSplitter.Split(text, doc.Tokens, pack.Exceptions, list);
        });
        Time("lexical", words.Length, () => LexicalFeatures.Compute(text, words, lexical));
        Time("tagger", words.Length, () =>
        {
            foreach (var s in sentences)
            {
                pack.Tagger.Tag(lexical.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length));
            }
        });
        var documentCases = new DocumentCases();
        Time("document cases", words.Length, () =>
        {
            documentCases.Clear();
            documentCases.Add(text, words);
        });
        Time("name classes", words.Length, () =>
        {
            for (var i = 0; i < words.Length; i++)
            {
                names[i] = EntityFeatures.Describe(words[i].Of(text), lexical[i].Lower, pack.Entities.Cases, documentCases.BandOf(text, words, i, lexical[i].Lower));
            }
        });
        Time("entities", words.Length, () =>
        {
            foreach (var s in sentences)
            {
                pack.Entities.Recognize(lexical.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length), names.AsSpan(s.FirstWord, s.Length), labels.AsSpan(s.FirstWord, s.Length));
            }
        });
        for (var i = 0; i < words.Length; i++)
        {
            hashes[i] = lexical[i].Lower;
            punct[i] = pack.PunctuationClasses[tags[i]];
        }

        foreach (var threshold in new[] { 0f, 1f, 2f, 4f, 0f, 1f, 2f, 4f })
        {
            var parser = new DependencyParser(pack.Parser.Relations, pack.Parser.Model.Pruned(threshold));
            var tagger = new Tagger(pack.Tagger.Tags, pack.Tagger.Lexicon, pack.Tagger.Model.Pruned(threshold));
            Time($"tagger {threshold}", words.Length, () =>
            {
                foreach (var s in sentences)
                {
                    tagger.Tag(lexical.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length));
                }
            });
            Time($"parser {threshold}", words.Length, () =>
            {
                foreach (var s in sentences)
                {
                    parser.Parse(state, hashes.AsSpan(s.FirstWord, s.Length), tags.AsSpan(s.FirstWord, s.Length), punct.AsSpan(s.FirstWord, s.Length));
                }
            });
        }
        Time("analyze all", words.Length, () => Analyzer.Run(pack, text, null, CancellationToken.None).Dispose());
        return 0;
    }

    private static void Time(string name, int words, Action action)
    {
        action();
        var best = double.MaxValue;
        for (var round = 0; round < 5; round++)
        {
            var watch = Stopwatch.StartNew();
            var repeats = 0;
            while (watch.ElapsedMilliseconds < 300)
            {
                action();
                repeats++;
            }

            best = Math.Min(best, watch.Elapsed.TotalSeconds / repeats);
        }

        Console.WriteLine($"{name,-14} {words / best / 1e6,8:F3} M words/s");
    }
}
