using System.Diagnostics;

namespace Attribution.Tests.Cli;

/// <summary>The built tool as a separate process, for what only the real console streams show.</summary>
internal static class ToolProcess
{
    public static Process Start(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Attribution.Cli.exe" : "Attribution.Cli");
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {tool}");
    }
}
