using System.Globalization;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// Writes an <see cref="Analysis"/> as CoNLL-U (https://universaldependencies.org/format.html): <c># newdoc</c> before
/// the first sentence and <c># newpar</c> before each paragraph's first; per sentence a <c># sent_id</c> and a
/// <c># text</c> line, then one line per word with UPOS, XPOS, HEAD and DEPREL; a written token
/// of several words (<c>don't</c>) gets its range line first; MISC holds the entity label (<c>NER=B-PER</c>,
/// <c>NER=I-ORG</c>, <c>_</c> outside) and <c>SpaceAfter=No</c> where no space follows.
/// </summary>
internal static class ConlluAnalysisWriter
{
    public static void Write(TextWriter output, Analysis analysis)
    {
        var labels = EntityLabels(analysis);
        var text = analysis.Text;
        for (var s = 0; s < analysis.Sentences.Count; s++)
        {
            var sentence = analysis.Sentences[s];
            if (s == 0)
            {
                output.Write("# newdoc\n");
            }

            if (s == 0 || sentence.Paragraph != analysis.Sentences[s - 1].Paragraph)
            {
                output.Write("# newpar\n");
            }

            output.Write("# sent_id = ");
            output.Write((s + 1).ToString(CultureInfo.InvariantCulture));
            output.Write('\n');
            output.Write("# text = ");
            output.Write(OneLine(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            output.Write('\n');
            var first = sentence.FirstToken;
            var end = first + sentence.TokenCount;
            for (var i = first; i < end; i++)
            {
                var last = i;
                while (last + 1 < end && analysis.Tokens[last + 1].ContinuesToken)
                {
                    last++;
                }

                var token = analysis.Tokens[i];
                if (last > i)
                {
                    var tokenEnd = analysis.Tokens[last].End;
                    output.Write($"{i - first + 1}-{last - first + 1}\t{Form(text, token.Start, tokenEnd)}\t_\t_\t_\t_\t_\t_\t_\t{SpaceAfter(text, tokenEnd, null, "_")}\n");
                }

                for (var w = i; w <= last; w++)
                {
                    var word = analysis.Tokens[w];
                    var head = word.Head < 0 ? 0 : word.Head - first + 1;
                    var misc = labels[w] ?? "_";
                    if (last == i)
                    {
                        misc = SpaceAfter(text, word.End, labels[w], "_");
                    }

                    output.Write(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{w - first + 1}\t{Form(text, word.Start, word.End)}\t_\t{Upos(word.Upos)}\t{word.Xpos}\t_\t{head}\t{word.Relation}\t_\t{misc}\n"));
                }

                i = last;
            }

            output.Write('\n');
        }
    }

    /// <summary>The UD name of a tag (<c>PROPN</c>).</summary>
    public static string Upos(PartOfSpeech tag) => Attribution.Linguistics.Tagging.UposNames.Name(tag);

    private static string SpaceAfter(string text, int end, string? label, string empty)
    {
        var noSpace = end < text.Length && !char.IsWhiteSpace(text[end]);
        return (label, noSpace) switch
        {
            (null, false) => empty,
            (null, true) => "SpaceAfter=No",
            (_, false) => label,
            _ => label + "|SpaceAfter=No",
        };
    }

    /// <summary>Each word's IOB2 label in MISC form (<c>NER=B-PER</c>), or null outside entities.</summary>
    private static string?[] EntityLabels(Analysis analysis)
    {
        var labels = new string?[analysis.Tokens.Count];
        foreach (var entity in analysis.Entities)
        {
            var type = entity.Type switch
            {
                EntityType.Person => "PER",
                EntityType.Organization => "ORG",
                _ => "LOC",
            };
            for (var w = entity.FirstToken; w < entity.FirstToken + entity.TokenCount; w++)
            {
                labels[w] = (w == entity.FirstToken ? "NER=B-" : "NER=I-") + type;
            }
        }

        return labels;
    }

    // A CoNLL-U line holds no tab or line break; a form with one (a control character in the input) gets a space.
    private static string Form(string text, int start, int end) => OneLine(text.AsSpan(start, end - start));

    private static string OneLine(ReadOnlySpan<char> value)
    {
        var result = value.ToString();
        return result.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? result : result.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    }
}
