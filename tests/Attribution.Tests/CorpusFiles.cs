namespace Attribution.Tests;

/// <summary>Reads the articles copied into the test project's Corpus folder.</summary>
internal static class CorpusFiles
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Corpus");

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));
}
