namespace Attribution.Linguistics.Conllu;

/// <summary>
/// Reads CoNLL-U (https://universaldependencies.org/format.html): sentences separated by blank lines, comments
/// before each, one line per word or multiword token. Empty nodes (<c>8.1</c>) belong to enhanced graphs, which
/// nothing here reads, and are skipped.
/// </summary>
internal static class ConlluReader
{
    public static IReadOnlyList<ConlluSentence> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    /// <exception cref="FormatException">A word line does not have ten columns, or an index is out of order.</exception>
    public static IReadOnlyList<ConlluSentence> Read(TextReader reader)
    {
        var sentences = new List<ConlluSentence>();
        var builder = new SentenceBuilder();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                builder.Finish(sentences);
                continue;
            }

            if (line[0] == '#')
            {
                builder.Comment(line);
                continue;
            }

            builder.Line(line, lineNumber);
        }

        builder.Finish(sentences);
        return sentences;
    }

    private sealed class SentenceBuilder
    {
        private readonly List<ConlluToken> tokens = [];
        private readonly List<ConlluWord> words = [];
        private string? id;
        private string? text;
        private bool newDocument;
        private bool newParagraph;
        private int multiwordEnd;

        public void Comment(string line)
        {
            var body = line.AsSpan(1).TrimStart();
            if (body.StartsWith("newdoc", StringComparison.Ordinal))
            {
                newDocument = true;
                newParagraph = true;
            }
            else if (body.StartsWith("newpar", StringComparison.Ordinal) && !body.StartsWith("newpar_", StringComparison.Ordinal))
            {
                newParagraph = true;
            }
            else if (Value(body, "sent_id") is { } sentId)
            {
                id = sentId;
            }
            else if (Value(body, "text") is { } sentenceText)
            {
                text = sentenceText;
            }
        }

        public void Line(string line, int lineNumber)
        {
            var columns = line.Split('\t');
            if (columns.Length != 10)
            {
                throw new FormatException($"line {lineNumber}: {columns.Length} columns, expected 10");
            }

            var index = columns[0];
            if (index.Contains('.'))
            {
                return;
            }

            var dash = index.IndexOf('-');
            if (dash > 0)
            {
                var first = Parse(index[..dash], lineNumber);
                var last = Parse(index[(dash + 1)..], lineNumber);
                if (first != words.Count + 1 || last < first)
                {
                    throw new FormatException($"line {lineNumber}: multiword token {index} out of order");
                }

                tokens.Add(new ConlluToken(columns[1], first - 1, last - first + 1, ConlluMisc.Has(columns[9], "SpaceAfter", "No")));
                multiwordEnd = last;
                return;
            }

            var number = Parse(index, lineNumber);
            if (number != words.Count + 1)
            {
                throw new FormatException($"line {lineNumber}: word {index} out of order");
            }

            var head = columns[6] == "_" ? -1 : Parse(columns[6], lineNumber);
            var word = new ConlluWord(columns[1], columns[2], columns[3], columns[4], columns[5], head, columns[7], columns[9]);
            words.Add(word);
            if (number > multiwordEnd)
            {
                tokens.Add(new ConlluToken(word.Form, number - 1, 1, word.NoSpaceAfter));
            }
        }

        public void Finish(List<ConlluSentence> sentences)
        {
            if (words.Count > 0)
            {
                var sentenceText = text ?? Join(tokens);
                sentences.Add(new ConlluSentence(
                    id ?? (sentences.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    sentenceText,
                    [.. tokens],
                    [.. words],
                    newDocument || sentences.Count == 0,
                    newParagraph || newDocument || sentences.Count == 0));
            }

            tokens.Clear();
            words.Clear();
            id = null;
            text = null;
            newDocument = false;
            newParagraph = false;
            multiwordEnd = 0;
        }

        private static string Join(List<ConlluToken> tokens)
        {
            var builder = new System.Text.StringBuilder();
            for (var i = 0; i < tokens.Count; i++)
            {
                builder.Append(tokens[i].Form);
                if (i + 1 < tokens.Count && !tokens[i].NoSpaceAfter)
                {
                    builder.Append(' ');
                }
            }

            return builder.ToString();
        }

        private static string? Value(ReadOnlySpan<char> comment, string key)
        {
            if (!comment.StartsWith(key, StringComparison.Ordinal))
            {
                return null;
            }

            var rest = comment[key.Length..].TrimStart();
            return rest.Length > 0 && rest[0] == '=' ? rest[1..].Trim().ToString() : null;
        }

        private static int Parse(string value, int lineNumber) =>
            int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? number
                : throw new FormatException($"line {lineNumber}: '{value}' is not an index");
    }
}
