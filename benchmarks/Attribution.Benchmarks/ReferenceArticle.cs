namespace Attribution.Benchmarks;

/// <summary>The article the project's snapshot tests use, read from the repository it ships in.</summary>
public static class ReferenceArticle
{
    public const string RelativePath = "tests/Attribution.Tests/Corpus/paris-talks.txt";

    public static string Load() => File.ReadAllText(Path.Combine(FindRepositoryRoot(), RelativePath));

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
