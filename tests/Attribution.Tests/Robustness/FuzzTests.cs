using System.Collections.Concurrent;
using System.Globalization;
using CsCheck;
using Xunit.Abstractions;

namespace Attribution.Tests.Robustness;

/// <summary>
/// The property tests on many more texts, run only when asked (xunit 2 cannot skip at run time, so without the
/// variable the test returns at once and passes):
/// <c>ATTRIBUTION_FUZZ_ITERATIONS=100000 dotnet test tests/Attribution.Tests --filter "FullyQualifiedName~Fuzz"</c>.
/// Unlike a plain sample it does not stop at the first failure: one known bug would hide every other, so failures
/// are grouped by where they happen, and each group is reported with its smallest text, shrunk further by deletion.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const string Variable = "ATTRIBUTION_FUZZ_ITERATIONS";

    private static readonly QuoteAttributor Attributor = new();

    [Fact]
    public void Fuzz_random_texts_only_when_ATTRIBUTION_FUZZ_ITERATIONS_is_set()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable(Variable), CultureInfo.InvariantCulture, out var iterations) || iterations <= 0)
        {
            return;
        }

        var failures = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var texts = Gen.Frequency(
            (4, TextGen.Text),
            (1, Gen.Char.Array[0, 300].Select(chars => new string(chars))));
        texts.Sample(text => Record(failures, text), iter: iterations, print: TextGen.Print);

        var report = string.Join(
            "\n",
            failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}\n    {TextGen.Print(Shrink(f.Key, f.Value))}"));
        output.WriteLine($"{iterations} texts, {failures.Count} distinct failures\n{report}");
        Assert.True(failures.IsEmpty, $"{failures.Count} distinct failures in {iterations} texts:\n{report}");
    }

    private static void Record(ConcurrentDictionary<string, string> failures, string text)
    {
        if (FailureOf(text) is { } key)
        {
            failures.AddOrUpdate(key, text, (_, old) => text.Length < old.Length ? text : old);
        }
    }

    /// <summary>Where the properties fail for <paramref name="text"/> (exception type and engine frame), or null.</summary>
    private static string? FailureOf(string text)
    {
        try
        {
            Properties.Check(Attributor, text);
            return null;
        }
        catch (Exception e)
        {
            // Two engine frames: the first alone is often a shared indexer that many different callers misuse.
            var frames = (e.StackTrace ?? "").Split('\n').Select(line => line.Trim())
                .Where(line => line.StartsWith("at Attribution.", StringComparison.Ordinal) && !line.StartsWith("at Attribution.Tests.", StringComparison.Ordinal))
                .Take(2)
                .Select(line => line.Split(" in ")[0])
                .ToList();
            var place = frames.Count == 0 ? e.Message.Split('\n')[0].Split(':')[0] : string.Join(" < ", frames);
            return $"{e.GetType().Name} {place}";
        }
    }

    // Deletes ever smaller chunks while the text still fails in the same place: a few characters are easier to
    // read, and to turn into a regression test, than the generator's paragraph.
    private static string Shrink(string key, string text)
    {
        for (var chunk = Math.Max(1, text.Length / 2); chunk >= 1; chunk /= 2)
        {
            for (var at = 0; at + chunk <= text.Length;)
            {
                var shorter = text.Remove(at, chunk);
                if (FailureOf(shorter) == key)
                {
                    text = shorter;
                }
                else
                {
                    at += chunk;
                }
            }

            if (chunk == 1)
            {
                break;
            }
        }

        return text;
    }
}
