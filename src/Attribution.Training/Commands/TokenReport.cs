using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Evaluation;
using Attribution.Linguistics.Words;
using Attribution.Text;

namespace Attribution.Training.Commands;

/// <summary>Scores tokens, words and sentences of the rule-based front end on a treebank and lists the commonest misses.</summary>
internal static class TokenReport
{
    public static int Run(Treebanks data, string[] args)
    {
        var path = args.Length > 0 ? args[0] : data.EwtDev;
        var sentences = ConlluReader.ReadFile(path);
        var text = TreebankText.Build(sentences);
        var gold = UdAnalysis.FromGold(sentences, text);
        var exceptions = File.Exists(ExceptionsPath) ? WordExceptions.Read(new StringReader(File.ReadAllText(ExceptionsPath))) : WordExceptions.Empty;
        var system = Analyze(text.Text, exceptions);
        foreach (var metric in UdScorer.Score(gold, system).Take(3))
        {
            Console.WriteLine(metric);
        }

        var goldWords = gold.Words.Select(w => w.Span).ToHashSet();
        var missed = new Dictionary<string, int>();
        foreach (var word in system.Words)
        {
            if (!goldWords.Contains(word.Span))
            {
                var key = Context(text.Text, word.Span);
                missed[key] = missed.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in missed.OrderByDescending(p => p.Value).Take(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60))
        {
            Console.WriteLine($"{count,5}  {key}");
        }

        return 0;
    }

    public static string ExceptionsPath => "src/Attribution/Languages/English/Models/word-exceptions.tsv";

    private static string Context(string text, TextSpan span)
    {
        var start = span.Start;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return $"{text[start..end]}  →  [{text[span.Start..span.End]}]";
    }

    public static UdAnalysis Analyze(string text, WordExceptions exceptions)
    {
        using var document = Document.Parse(text, Tokenizer.Instance);
        using var words = new PooledList<Word>(document.Tokens.Length + 16);
        WordSplitter.Split(text, document.Tokens, exceptions, words);
        var tokenSpans = new List<TextSpan>();
        var wordList = new List<UdWord>();
        foreach (var word in words.AsSpan())
        {
            if (word.ContinuesToken)
            {
                tokenSpans[^1] = new TextSpan(tokenSpans[^1].Start, word.End);
            }
            else
            {
                tokenSpans.Add(word.Span);
            }

            wordList.Add(new UdWord(word.Span, "", "", -1, ""));
        }

        var sentences = new List<TextSpan>();
        foreach (var sentence in document.Sentences)
        {
            sentences.Add(sentence.Span);
        }

        return new UdAnalysis(sentences, tokenSpans, wordList);
    }
}
