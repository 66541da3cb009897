using System.Globalization;

namespace Attribution.Cli.Evaluation;

/// <summary>Writes the scores as a Markdown table (so the README can show it as printed) and the verbose error list.</summary>
internal static class ScoreTable
{
    public static void Write(TextWriter output, IReadOnlyList<ArticleScore> scores)
    {
        output.WriteLine("| article | quoted gold | pred | P | R | F1 | speaker acc. | e2e exact F1 | e2e lenient F1 | indirect gold | pred | F1 | e2e exact F1 | e2e lenient F1 |");
        output.WriteLine("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var score in scores)
        {
            WriteRow(output, score.Name, score.Quoted, score.Indirect);
        }

        var (quoted, indirect) = CorpusEvaluation.Total(scores);
        WriteRow(output, $"**all {scores.Count}**", quoted, indirect);
    }

    public static void WriteFindings(TextWriter output, IReadOnlyList<ArticleScore> scores)
    {
        foreach (var score in scores)
        {
            if (score.Findings.Count == 0)
            {
                continue;
            }

            output.WriteLine();
            output.WriteLine($"## {score.Name}");
            foreach (var finding in score.Findings)
            {
                var text = finding.Text.Length > 100 ? finding.Text[..100] + "…" : finding.Text;
                var group = finding.Indirect ? " indirect" : "";
                output.WriteLine(finding.Kind switch
                {
                    FindingKind.Missed => $"- missed{group} (speaker {finding.Expected ?? "none"}): “{text}”",
                    FindingKind.Spurious => $"- spurious{group} [{finding.Rule}] ({finding.Predicted ?? "no speaker"}): “{text}”",
                    _ => $"- wrong speaker{group} [{finding.Rule}] {finding.Predicted ?? "none"} instead of {finding.Expected ?? "none"}: “{text}”",
                });
            }
        }
    }

    private static void WriteRow(TextWriter output, string name, GroupScore q, GroupScore i)
    {
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {q.Gold} | {q.Predicted} | {q.Precision:0.00} | {q.Recall:0.00} | {q.F1:0.00} | {q.SpeakerAccuracy:0.00} | {q.ExactF1:0.00} | {q.LenientF1:0.00} | {i.Gold} | {i.Predicted} | {i.F1:0.00} | {i.ExactF1:0.00} | {i.LenientF1:0.00} |"));
    }
}
