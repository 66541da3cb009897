using System.Globalization;
using Attribution.Tests.Robustness;

namespace Attribution.Benchmarks;

/// <summary>
/// What BenchmarkDotNet does not measure: how far one call raises the process's peak memory on a hostile shape
/// (Linux only). The process makes the text, attributes 2,000 characters of the same shape to load the models and
/// compile the code, collects the garbage, resets the kernel's peak-RSS counter (<c>/proc/self/clear_refs</c>), and
/// attributes the text once; the rise of the peak (<c>VmHWM</c>) over the resident size at the reset is printed in
/// MB and as a multiple of the text's UTF-16 bytes. <c>shape NAME CHARS</c> writes the text itself, UTF-8, to
/// standard output, for timing the whole CLI on it.
/// </summary>
internal static class PeakMemory
{
    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["peak", var shape, var size]:
                Measure(shape, int.Parse(size, CultureInfo.InvariantCulture));
                return 0;
            case ["shape", var shape, var size]:
                using (var output = Console.OpenStandardOutput())
                {
                    output.Write(System.Text.Encoding.UTF8.GetBytes(AdversarialShapes.Make(shape, int.Parse(size, CultureInfo.InvariantCulture))));
                }

                return 0;
            default:
                Console.Error.WriteLine("usage: peak SHAPE CHARS | shape SHAPE CHARS");
                return 2;
        }
    }

    private static void Measure(string shape, int chars)
    {
        var attributor = new QuoteAttributor();
        var text = AdversarialShapes.Make(shape, chars);
        attributor.Attribute(AdversarialShapes.Make(shape, 2_000));
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        File.WriteAllText("/proc/self/clear_refs", "5");
        var before = Status("VmRSS");
        var result = attributor.Attribute(text);
        var peak = Status("VmHWM");
        GC.KeepAlive(result);

        var rise = peak - before;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{shape}\t{text.Length}\t{rise / (1024.0 * 1024):0} MB\t{rise / (2.0 * text.Length):0.0}x"));
    }

    /// <summary>A size from <c>/proc/self/status</c>, in bytes.</summary>
    private static long Status(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                return long.Parse(line.AsSpan(field.Length + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
            }
        }

        throw new InvalidOperationException($"/proc/self/status has no {field}");
    }
}
