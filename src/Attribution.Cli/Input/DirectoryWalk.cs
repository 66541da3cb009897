using System.IO.Enumeration;

namespace Attribution.Cli.Input;

/// <summary>
/// Every <c>.txt</c> file below a directory (<c>NOTES.TXT</c> too), each once. Symbolic links below it are not followed, to files or to
/// directories, as <c>find</c> does by default: a link back up the tree (<c>ln -s . self</c>) once made the walk
/// list each file again and again and grow without limit. (A link named on the command line is followed: it was
/// asked for.) Hidden entries are skipped, as they always were. A subdirectory that cannot be listed is reported
/// in its place and the walk goes on; its readable siblings are still attributed.
/// </summary>
internal static class DirectoryWalk
{
    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The files as sources and the unlistable directories as errors, together in ordinal order of path.</summary>
    public static IReadOnlyList<InputEntry> TextFiles(string root)
    {
        var found = new List<(string Path, InputEntry Entry)>();
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.TryPop(out var directory))
        {
            try
            {
                var entries = new FileSystemEnumerable<(string Path, bool IsDirectory)>(
                    directory, static (ref FileSystemEntry entry) => (entry.ToSpecifiedFullPath(), entry.IsDirectory), OneLevel);
                foreach (var (path, isDirectory) in entries)
                {
                    if (isDirectory)
                    {
                        pending.Push(path);
                    }
                    else if (path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((path, new InputEntry(new InputSource(path, path), null)));
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var why = e is UnauthorizedAccessException ? "permission denied" : e.Message;
                found.Add((directory, new InputEntry(null, $"{directory}: cannot list the directory: {why}")));
            }
        }

        // Ordinal order makes batch output identical on every machine and file system.
        found.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found.ConvertAll(static f => f.Entry);
    }
}
