using Attribution.Cli;

namespace Attribution.Tests.Cli;

/// <summary>
/// The length limit applies while reading, wherever the input comes from: <c>/dev/zero</c>, a 3 GB sparse file, a
/// directory holding one, and <c>--stdin-jsonl &lt; /dev/zero</c> once read until "Out of memory" (8.4 GB for the
/// last), and in a batch every other file was lost with them. Each is now one error for that input, and the rest of
/// the batch is attributed.
/// </summary>
public sealed class CliBoundedReadingTests
{
    private static readonly int Limit = new AttributionOptions().MaxInputLength;

    [Fact]
    public void Dev_zero_is_too_long_and_the_file_after_it_is_still_attributed()
    {
        using var dir = new TempDirectory();
        var after = dir.Write("after.txt", Articles.Harbour);

        var outcome = CliRunner.Run("--format", "jsonl", "/dev/zero", after);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal($"attribution: /dev/zero: too long (more than {Limit} characters; the limit is {Limit})", outcome.Stderr.TrimEnd());
        Assert.Contains("\"name\":\"Ann Lee\"", Assert.Single(outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_three_gigabyte_sparse_file_in_a_directory_is_refused_unread_and_its_neighbours_are_attributed()
    {
        using var dir = new TempDirectory();
        dir.Write("a.txt", Articles.Bridge);
        var huge = Path.Combine(dir.Path, "b.txt");
        using (var file = File.Create(huge))
        {
            file.SetLength(3L << 30);
        }

        dir.Write("c.txt", Articles.Harbour);

        var outcome = CliRunner.Run("--format", "jsonl", dir.Path);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal($"attribution: {huge}: too long ({3L << 30} bytes; the limit is {Limit} characters)", outcome.Stderr.TrimEnd());
        var reports = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, reports.Length);
        Assert.Contains("a.txt", reports[0], StringComparison.Ordinal);
        Assert.Contains("c.txt", reports[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_input_that_never_ends_is_too_long_and_the_file_after_it_is_still_attributed()
    {
        using var dir = new TempDirectory();
        var after = dir.Write("after.txt", Articles.Harbour);
        using var stdin = new ByteRunStream((byte)'a', long.MaxValue, []);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exitCode = CliApp.Run(["--format", "jsonl", "-", after], stdin, stdout, stderr);

        Assert.Equal(1, exitCode);
        Assert.Equal($"attribution: -: too long (more than {Limit} characters; the limit is {Limit})", stderr.ToString().TrimEnd());
        Assert.Contains("after.txt", stdout.ToString(), StringComparison.Ordinal);

        // Given up a chunk past the limit, not read on.
        Assert.InRange(stdin.BytesRead, Limit, Limit + (1 << 20));
    }

    [Fact]
    public void Stdin_jsonl_from_dev_zero_answers_at_once_with_an_error_and_holds_no_more_than_the_line_limit()
    {
        // The reproducer through the real process, whose memory rose to 8.4 GB. /dev/zero never sends a line
        // end, so the tool answers the line as too long and reads on, holding nothing; the script takes the answer
        // and the process's peak memory, then stops it.
        using var dir = new TempDirectory();
        var outcome = Shell.Run(
            """
            : > answers
            "$TOOL" --stdin-jsonl < /dev/zero >> answers &
            tool=$!
            for _ in $(seq 600); do grep -qs . answers && break; sleep 0.1; done
            sleep 1
            grep VmHWM /proc/$tool/status
            kill -9 $tool
            cat answers
            """,
            dir.Path);

        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var peak = Assert.Single(lines, line => line.StartsWith("VmHWM:", StringComparison.Ordinal));
        Assert.StartsWith("{\"id\":null,\"error\":\"line too long (more than ", Assert.Single(lines, line => line != peak), StringComparison.Ordinal);

        // The line limit (256 MiB) and the runtime: 300 MB measured; 8.4 GB before.
        var peakKilobytes = long.Parse(peak["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(peakKilobytes, 1, 1L << 20);
    }
}
