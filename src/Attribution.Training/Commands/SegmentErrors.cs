using Attribution.Linguistics;
using Attribution.Linguistics.Conllu;

namespace Attribution.Training.Commands;

/// <summary>Lists where the shipped segmenter's sentence starts differ from a treebank's, with a little context.</summary>
internal static class SegmentErrors
{
    public static int Run(string path, int count)
    {
        var sentences = ConlluReader.ReadFile(path);
        var text = TreebankText.Build(sentences);
        var gold = text.Sentences.Select(s => s.Start).ToHashSet();
        var analysis = LanguageModel.English.Analyze(text.Text);
        var system = analysis.Sentences.Select(s => s.Start).ToHashSet();
        var shown = 0;
        foreach (var start in gold.Union(system).Order())
        {
            if (gold.Contains(start) == system.Contains(start) || (start > 0 && text.Text[start - 1] == '\n'))
            {
                continue;
            }

            var from = Math.Max(0, start - 40);
            var to = Math.Min(text.Text.Length, start + 30);
            var kind = gold.Contains(start) ? "MISSED  " : "SPURIOUS";
            Console.WriteLine($"{kind} {text.Text[from..start].Replace('\n', '¶')}⟦{text.Text[start..to].Replace('\n', '¶')}");
            if (++shown >= count)
            {
                break;
            }
        }

        return 0;
    }
}
