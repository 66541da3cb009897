using System.CommandLine;
using System.Globalization;
using Attribution.Cli.CommandLine;
using Attribution.Linguistics.Conllu;
using Attribution.Linguistics.Evaluation;
using Attribution.Text;

namespace Attribution.Cli.Linguistics;

/// <summary>
/// <c>attribution eval-ud GOLD.conllu [--entities GOLD.iob2 | --gum-entities]</c>: analyses the raw text a treebank
/// was made from and scores the analysis against the treebank as the CoNLL 2018 shared task does (tokens, sentences,
/// words, UPOS, XPOS, UAS, LAS), and the named entities by exact span and type against UniversalNER IOB2 labels of
/// the same sentences, or against GUM's own entity annotation, each document analysed apart for its entities.
/// </summary>
internal static class EvalUdCommand
{
    public static Command Create(CliConsole console)
    {
        var gold = new Argument<string>("GOLD.conllu") { Description = "the treebank to score against; its raw text is what is analysed" };
        var entities = new Option<string?>("--entities") { Description = "UniversalNER IOB2 labels of the same sentences, to score the named entities", HelpName = "GOLD.iob2" };
        var gumEntities = new Option<bool>("--gum-entities") { Description = "score the named entities against GUM's own entity annotation" };
        var command = new Command("eval-ud", "Analyses the raw text of a treebank and scores the analysis as the CoNLL 2018 shared task does (tokens, sentences, words, UPOS, XPOS, UAS, LAS), and optionally the named entities.")
        {
            gold,
            entities,
            gumEntities,
        };
        command.SetAction(parse =>
        {
            UnknownOptions.Reject(parse, gold);
            if (parse.GetValue(entities) is not null && parse.GetValue(gumEntities))
            {
                throw new UsageException("eval-ud takes --entities or --gum-entities, not both") { HelpCommand = $"{CliApp.Name} eval-ud" };
            }

            return Run(parse.GetRequiredValue(gold), parse.GetValue(entities), parse.GetValue(gumEntities), console.Out, console.Error);
        });
        return command;
    }

    public static int Run(string gold, string? iob2, bool gum, TextWriter stdout, TextWriter stderr)
    {
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
            var gumEntities = gum ? GumEntities.Of(sentences) : null;
            for (var s = 0; s < sentences.Count; s++)
            {
                var spans = gumEntities is not null ? gumEntities[s] : uner!.GetValueOrDefault(sentences[s].Id) ?? [];
                foreach (var (start, end, type) in spans)
                {
                    goldEntities.Add((new TextSpan(text.Words[s][start].Start, text.Words[s][end - 1].End), type));
                }
            }

            WriteEntityScores(stdout, goldEntities, DocumentEntities(sentences, text));
        }

        stdout.Flush();
        return ExitCodes.Success;
    }

    /// <summary>
    /// The entities found in each document of the treebank analysed apart, as an article would be: the recogniser
    /// reads how the rest of its document writes and labels a word, which must not run on into the next document.
    /// </summary>
    private static List<(TextSpan, EntityType)> DocumentEntities(IReadOnlyList<ConlluSentence> sentences, TreebankText text)
    {
        var entities = new List<(TextSpan, EntityType)>();
        for (var first = 0; first < sentences.Count;)
        {
            var end = first + 1;
            while (end < sentences.Count && !sentences[end].NewDocument)
            {
                end++;
            }

            var start = text.Words[first][0].Start;
            var stop = text.Words[end - 1][^1].End;
            var analysis = LanguageModel.English.Analyze(text.Text[start..stop]);
            entities.AddRange(analysis.Entities.Select(e => (new TextSpan(start + e.Start, start + e.End), e.Type)));
            first = end;
        }

        return entities;
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
