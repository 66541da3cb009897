using System.Diagnostics;

namespace Attribution.Tests.Cli;

internal sealed record ShellOutcome(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// The built tool run from <c>bash</c>, for what only a shell can set up: a descriptor closed before the tool
/// starts (<c>&gt;&amp;-</c>), a FIFO, a process substitution. <c>$TOOL</c> in the script is the tool.
/// </summary>
internal static class Shell
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static string Tool => Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Attribution.Cli.exe" : "Attribution.Cli");

    /// <param name="script">A bash script; it runs in <paramref name="directory"/>.</param>
    /// <param name="unprivileged">
    /// Run as the user <c>nobody</c> when the tests run as root, who may read any directory: a test of a directory
    /// the tool may not list needs a user that permissions stop.
    /// </param>
    public static ShellOutcome Run(string script, string directory, bool unprivileged = false)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        if (unprivileged && Environment.UserName == "root")
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add("nobody");
            start.ArgumentList.Add("--");
            start.ArgumentList.Add("bash");
        }

        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["TOOL"] = Tool;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start bash");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Patience))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the script did not finish within {Patience.TotalSeconds} s (a hang): {script}");
        }

        return new ShellOutcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
