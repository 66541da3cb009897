using System.Globalization;
using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Evaluation;
using Attribution.Text;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// <c>attribution eval-ud GOLD.conllu [--entities GOLD.iob2 | --gum-entities]</c>: analyses the raw text a treebank
/// was made from and scores the analysis against the treebank as the CoNLL 2018 shared task does (tokens, sentences,
/// words, UPOS, XPOS, UAS, LAS), and the named entities by exact span and type against UniversalNER IOB2 labels of
/// the same sentences, or against GUM's own entity annotation.
/// </summary>
internal static class EvalUdCommand
{
    public const string Usage = "eval-ud GOLD.conllu [--entities GOLD.iob2 | --gum-entities]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        string? gold = null;
        string? iob2 = null;
        var gum = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--entities" when i + 1 < args.Length:
                    iob2 = args[++i];
                    break;
                case "--gum-entities":
                    gum = true;
                    break;
                case "-h" or "--help":
                    stdout.WriteLine($"usage: {CliApp.Name} {Usage}");
                    return ExitCodes.Success;
                default:
                    if (args[i].StartsWith('-') || gold is not null)
                    {
                        throw new UsageException($"unexpected '{args[i]}' for eval-ud; usage: {CliApp.Name} {Usage}");
                    }

                    gold = args[i];
                    break;
            }
        }

        if (gold is null)
        {
            throw new UsageException($"eval-ud needs a gold CoNLL-U file; usage: {CliApp.Name} {Usage}");
        }

        IReadOnlyList<ConlluSentence> sentences;
        Dictionary<string, List<EntitySpan>>? uner = null;
        try
        {
            sentences = ConlluReader.ReadFile(gold);
            if (iob2 is not null)
            {
                uner = UnerEntities.Read(iob2);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"{CliApp.Name}: {e.Message}");
            return ExitCodes.InputError;
        }

        var text = TreebankText.Build(sentences);
        var analysis = LanguageModel.English.Analyze(text.Text);
        var system = UdAnalysis.FromAnalysis(analysis);
        foreach (var metric in UdScorer.Score(UdAnalysis.FromGold(sentences, text), system))
        {
            stdout.WriteLine(metric);
        }

        if (uner is not null || gum)
        {
            var goldEntities = new List<(TextSpan Span, EntityType Type)>();
            for (var s = 0; s < sentences.Count; s++)
            {
                var spans = gum ? GumEntities.Of(sentences[s]) : uner!.GetValueOrDefault(sentences[s].Id) ?? [];
                foreach (var (start, end, type) in spans)
                {
                    goldEntities.Add((new TextSpan(text.Words[s][start].Start, text.Words[s][end - 1].End), type));
                }
            }

            WriteEntityScores(stdout, goldEntities, [.. analysis.Entities.Select(e => (new TextSpan(e.Start, e.End), e.Type))]);
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    private static void WriteEntityScores(TextWriter stdout, List<(TextSpan, EntityType)> gold, List<(TextSpan, EntityType)> system)
    {
        var goldSet = gold.ToHashSet();
        foreach (var type in new EntityType?[] { null, EntityType.Person, EntityType.Organization, EntityType.Place })
        {
            var g = gold.Count(e => type is null || e.Item2 == type);
            var sys = system.Where(e => type is null || e.Item2 == type).ToList();
            var correct = sys.Count(goldSet.Contains);
            var name = type switch
            {
                null => "Entities",
                EntityType.Person => "PER",
                EntityType.Organization => "ORG",
                _ => "LOC",
            };
            stdout.WriteLine(new UdMetric(name, g, sys.Count, correct).ToString());
        }
    }
}
