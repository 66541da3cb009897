using Attribution.Linguistics.Evaluation;
using Attribution.Linguistics.Conllu;

namespace Attribution.Training.Commands;

/// <summary>Prints sentences with their entities as the converter reads them, for checking the conversion by eye.</summary>
internal static class EntityDump
{
    public static int Run(string path, int count)
    {
        var sentences = ConlluReader.ReadFile(path);
        var converted = GumEntities.Of(sentences);
        for (var s = 0; s < Math.Min(count, sentences.Count); s++)
        {
            var sentence = sentences[s];
            var spans = converted[s];
            var words = sentence.Words.Select(w => w.Form).ToArray();
            foreach (var span in spans.OrderByDescending(s => s.Start))
            {
                words[span.End - 1] += "]" + span.Type.ToString()[..3];
                words[span.Start] = "[" + words[span.Start];
            }

            Console.WriteLine(string.Join(' ', words));
        }

        return 0;
    }
}
