namespace Attribution.Benchmarks;

/// <summary>The article the project's snapshot tests use, and the whole corpus, read from the repository they ship in.</summary>
public static class ReferenceArticle
{
    public const string RelativePath = "tests/Attribution.Tests/Corpus/paris-talks.txt";

    public static string Load() => File.ReadAllText(Path.Combine(FindRepositoryRoot(), RelativePath));

    /// <summary>Every article of the copied corpus, in name order, one after another.</summary>
    public static string LoadCorpus() => string.Join("\n", CorpusFiles().Select(File.ReadAllText)) + "\n";

    /// <summary>The paths of the copied corpus's articles, in ordinal order of name.</summary>
    public static string[] CorpusFiles()
    {
        var directory = Path.GetDirectoryName(Path.Combine(FindRepositoryRoot(), RelativePath))!;
        var files = Directory.GetFiles(directory, "*.txt");
        Array.Sort(files, StringComparer.Ordinal);
        return files;
    }

    // BenchmarkDotNet runs each job from a generated project deep inside bin/, so the article is found by walking
    // up to the solution rather than by a path relative to the working directory.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Attribution.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No Attribution.sln above {AppContext.BaseDirectory}; run the benchmarks from inside the repository.");
    }
}
