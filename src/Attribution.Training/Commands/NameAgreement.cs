using System.Text.Json;
using Attribution.Text;

namespace Attribution.Training.Commands;

/// <summary>
/// How the recogniser's person names agree with the hand-checked people of the news corpus: every place where an
/// article writes a gold person's name (the full name, or a mention made only of the name's own words, such as the
/// surname) should be a person entity with exactly that span. Prints recall, the share found with the wrong type
/// or boundaries, and how many person entities fall on no gold name (people the gold lists, which name only the
/// people quotations involve, may leave out).
/// </summary>
internal static class NameAgreement
{
    public static int Run(string directory, bool verbose)
    {
        var totals = Measure(directory, verbose ? Console.Out : null);
        Console.WriteLine(totals);
        return 0;
    }

    public static NameAgreementTotals Measure(string directory, TextWriter? misses)
    {
        int gold = 0, exact = 0, wrongType = 0, wrongSpan = 0, predicted = 0, unmatched = 0;
        foreach (var goldFile in Directory.GetFiles(directory, "*.gold.json").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(goldFile[..^".gold.json".Length] + ".txt");
            var names = GoldNames(goldFile);
            var occurrences = Occurrences(text, names);
            var analysis = LanguageModel.English.Analyze(text);
            var entities = analysis.Entities.ToDictionary(e => new TextSpan(e.Start, e.End), e => e.Type);
            foreach (var span in occurrences)
            {
                gold++;
                if (entities.TryGetValue(span, out var type))
                {
                    if (type == EntityType.Person)
                    {
                        exact++;
                    }
                    else
                    {
                        wrongType++;
                        misses?.WriteLine($"{Path.GetFileName(goldFile)}: '{text[span.Start..span.End]}' as {type}");
                    }
                }
                else if (analysis.Entities.Any(e => e.Start < span.End && span.Start < e.End))
                {
                    wrongSpan++;
                    var overlapping = analysis.Entities.First(e => e.Start < span.End && span.Start < e.End);
                    misses?.WriteLine($"{Path.GetFileName(goldFile)}: '{text[span.Start..span.End]}' as '{overlapping.Text}' ({overlapping.Type})");
                }
                else
                {
                    misses?.WriteLine($"{Path.GetFileName(goldFile)}: '{text[span.Start..span.End]}' missed");
                }
            }

            foreach (var entity in analysis.Entities.Where(e => e.Type == EntityType.Person))
            {
                predicted++;
                if (!occurrences.Any(o => o.Start < entity.End && entity.Start < o.End))
                {
                    unmatched++;
                }
            }
        }

        return new NameAgreementTotals(gold, exact, wrongType, wrongSpan, predicted, unmatched);
    }

    /// <summary>Each gold person's full name and the mentions made only of that name's words (<c>Zinichev</c>).</summary>
    private static List<string> GoldNames(string goldFile)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(goldFile));
        var names = new List<string>();
        foreach (var person in json.RootElement.GetProperty("people").EnumerateArray())
        {
            var name = person.GetProperty("name").GetString();
            if (string.IsNullOrWhiteSpace(name) || !char.IsUpper(name[0]))
            {
                continue;
            }

            names.Add(name);
            var words = name.Split(' ').ToHashSet(StringComparer.Ordinal);
            if (person.TryGetProperty("mentions", out var mentions))
            {
                foreach (var mention in mentions.EnumerateArray().Select(m => m.GetString()).OfType<string>())
                {
                    if (mention.Length > 0 && char.IsUpper(mention[0]) && mention.Split(' ').All(words.Contains))
                    {
                        names.Add(mention);
                    }
                }
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];
    }

    /// <summary>Where the names occur as whole words, longest first and without overlaps.</summary>
    private static List<TextSpan> Occurrences(string text, List<string> names)
    {
        var taken = new List<TextSpan>();
        foreach (var name in names)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                var whole = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
                if (whole && !taken.Any(t => t.Start < end && at < t.End))
                {
                    taken.Add(new TextSpan(at, end));
                }
            }
        }

        return taken;
    }
}

/// <summary>The counts of <see cref="NameAgreement"/>.</summary>
internal sealed record NameAgreementTotals(int Gold, int Exact, int WrongType, int WrongSpan, int Predicted, int Unmatched)
{
    public double Recall => Gold == 0 ? 0 : (double)Exact / Gold;

    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"gold person names {Gold}: exact {Exact} ({100 * Recall:F1}%), other type {WrongType}, other span {WrongSpan}, missed {Gold - Exact - WrongType - WrongSpan}; person entities {Predicted}, on no gold name {Unmatched}");
}
