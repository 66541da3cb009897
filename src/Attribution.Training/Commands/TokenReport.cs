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

        // Each stretch of text between spaces whose words differ, written as the treebank splits it and as the
        // front end does, so that misses and wrong splits show together ("b/c  b/c ≠ b|/|c").
        var goldWords = Chunks(text.Text, gold.Words.Select(w => w.Span));
        var systemWords = Chunks(text.Text, system.Words.Select(w => w.Span));
        var differences = new Dictionary<string, int>();
        foreach (var (chunk, split) in goldWords)
        {
            var found = systemWords.GetValueOrDefault(chunk, "");
            if (found != split)
            {
                var key = $"{split}  ≠  {found}";
                differences[key] = differences.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in differences.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60))
        {
            Console.WriteLine($"{count,5}  {key}");
        }

        return 0;
    }

    /// <summary>The words of each stretch of text between spaces, keyed by the stretch's span and written with <c>|</c> between words.</summary>
    private static Dictionary<TextSpan, string> Chunks(string text, IEnumerable<TextSpan> words)
    {
        var chunks = new Dictionary<TextSpan, System.Text.StringBuilder>();
        foreach (var word in words)
        {
            var chunk = ChunkOf(text, word);
            if (!chunks.TryGetValue(chunk, out var builder))
            {
                chunks[chunk] = builder = new System.Text.StringBuilder();
            }
            else
            {
                builder.Append('|');
            }

            builder.Append(text.AsSpan(word.Start, word.End - word.Start));
        }

        return chunks.ToDictionary(p => p.Key, p => p.Value.ToString());
    }

    private static TextSpan ChunkOf(string text, TextSpan span)
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

        return new TextSpan(start, end);
    }

    public static string ExceptionsPath => "src/Attribution/Languages/English/Models/word-exceptions.tsv";

    public static UdAnalysis Analyze(string text, WordExceptions exceptions)
    {
        using var document = Document.Parse(text, Tokenizer.Instance);
        using var words = new PooledList<Word>(document.Tokens.Length + 16);
        foreach (var paragraph in document.Paragraphs)
        {
            WordSplitter.Split(text, document.Tokens[paragraph.FirstToken..paragraph.EndToken], exceptions, words, paragraph.FirstToken);
        }

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
