using System.Runtime.Versioning;
using System.Text.Json;

namespace Attribution.Tests.Cli;

/// <summary>
/// A directory walk that ends and lists each file once: symbolic links below a directory (<c>ln -s . self</c>,
/// <c>ln -s .. up</c>) once sent it round for ever with memory growing without limit, and a single <c>self</c> link
/// listed each file 41 times. One unreadable subdirectory failed the whole directory, and its readable files were not
/// attributed.
/// </summary>
public sealed class CliDirectoryWalkTests
{
    [Fact]
    public void Links_that_loop_back_up_the_tree_are_not_followed_and_each_file_is_listed_once()
    {
        // The reproducer: 1.5 GB after 60 s before.
        using var dir = new TempDirectory();
        var a = dir.Write("d/a.txt", Articles.Harbour);
        var b = dir.Write("d/sub/b.txt", Articles.Bridge);
        var d = Path.Combine(dir.Path, "d");
        File.CreateSymbolicLink(Path.Combine(d, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(d, "sub", "up"), "..");

        var outcome = CliRunner.Run("--format", "jsonl", d);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([a, b], Files(outcome.Stdout));
    }

    [Fact]
    public void Links_below_a_directory_are_skipped_but_a_link_named_on_the_command_line_is_followed()
    {
        using var dir = new TempDirectory();
        var real = dir.Write("real/a.txt", Articles.Harbour);
        var tree = Path.Combine(dir.Path, "tree");
        var own = dir.Write("tree/own.txt", Articles.Bridge);
        File.CreateSymbolicLink(Path.Combine(tree, "linked.txt"), real);
        File.CreateSymbolicLink(Path.Combine(tree, "linked-dir"), Path.Combine(dir.Path, "real"));
        var named = Path.Combine(dir.Path, "named.txt");
        File.CreateSymbolicLink(named, real);

        var outcome = CliRunner.Run("--format", "jsonl", tree, named);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal([own, named], Files(outcome.Stdout));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void An_unreadable_subdirectory_is_one_error_in_its_place_and_its_readable_neighbours_are_attributed()
    {
        // Run as a user that permissions stop (root reads everything), from a shell, as a user would meet it.
        using var dir = new TempDirectory();
        dir.Write("d/a.txt", Articles.Harbour);
        dir.Write("d/locked/hidden.txt", Articles.Bridge);
        dir.Write("d/z.txt", Articles.Bridge);
        var locked = Path.Combine(dir.Path, "d", "locked");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        File.SetUnixFileMode(dir.Path, (UnixFileMode)0b111_101_101);

        var outcome = Shell.Run("\"$TOOL\" --format jsonl d", dir.Path, unprivileged: true);
        File.SetUnixFileMode(locked, (UnixFileMode)0b111_101_101);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(["d/a.txt", "d/z.txt"], Files(outcome.Stdout));
        Assert.Equal("attribution: d/locked: cannot list the directory: permission denied", outcome.Stderr.TrimEnd());
    }

    [Fact]
    public void Files_below_the_directory_keep_ordinal_order_of_path_with_errors_in_their_places()
    {
        using var dir = new TempDirectory();
        string[] files = [dir.Write("d/B.txt", "b"), dir.Write("d/a/x.txt", "x"), dir.Write("d/a.txt", "a"), dir.Write("d/c/y.txt", "y")];

        var outcome = CliRunner.Run("--format", "jsonl", Path.Combine(dir.Path, "d"));

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(files.Order(StringComparer.Ordinal), Files(outcome.Stdout));
    }

    private static string[] Files(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.GetProperty("file").GetString()!;
        })];
}
