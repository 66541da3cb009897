namespace Attribution.Tests.Linguistics;

/// <summary>The treebanks under data/ud in the repository, found upwards from the test binaries.</summary>
internal static class Treebank
{
    public static string Root { get; } = Find();

    public static string EwtDev => Path.Combine(Root, "en_ewt", "en_ewt-ud-dev.conllu");

    public static string EwtTrain => Path.Combine(Root, "en_ewt", "en_ewt-ud-train.conllu");

    public static string GumTrain => Path.Combine(Root, "en_gum", "en_gum-cc-by-train.conllu");

    public static string UnerDev => Path.Combine(Root, "en_uner_ewt", "en_ewt-ud-dev.iob2");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "ud");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("data/ud not found above the test binaries");
    }
}
