using Attribution.Linguistics.Evaluation;
using Attribution.Linguistics.Conllu;

namespace Attribution.Training.Commands;

/// <summary>Prints sentences with their entities as the converter reads them, for checking the conversion by eye.</summary>
internal static class EntityDump
{
    public static int Run(string path, int count)
    {
        foreach (var sentence in ConlluReader.ReadFile(path).Take(count))
        {
            var spans = Linguistics.Evaluation.GumEntities.Of(sentence);
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
