using Attribution.Linguistics.Conllu;

namespace Attribution.Training;

/// <summary>Where the treebanks are: data/ud in the repository, found upwards from the working directory.</summary>
internal sealed class Treebanks(string root)
{
    public string Root { get; } = root;

    public string EwtTrain => Path.Combine(Root, "en_ewt", "en_ewt-ud-train.conllu");

    public string EwtDev => Path.Combine(Root, "en_ewt", "en_ewt-ud-dev.conllu");

    public string EwtTest => Path.Combine(Root, "en_ewt", "en_ewt-ud-test.conllu");

    public string GumTrain => Path.Combine(Root, "en_gum", "en_gum-cc-by-train.conllu");

    public string GumDev => Path.Combine(Root, "en_gum", "en_gum-cc-by-dev.conllu");

    public string GumTest => Path.Combine(Root, "en_gum", "en_gum-cc-by-test.conllu");

    public string UnerDev => Path.Combine(Root, "en_uner_ewt", "en_ewt-ud-dev.iob2");

    public string UnerTest => Path.Combine(Root, "en_uner_ewt", "en_ewt-ud-test.iob2");

    /// <summary>The word clusters (data/clusters beside data/ud), which the tagger's, recogniser's and parser's features read.</summary>
    public string ClustersFile => Path.Combine(Path.GetDirectoryName(Root)!, "clusters", "glove-6b-100d-clusters.tsv");

    public static Treebanks Locate()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "ud");
            if (Directory.Exists(candidate))
            {
                return new Treebanks(candidate);
            }
        }

        throw new DirectoryNotFoundException("data/ud not found above the working directory; run from the repository");
    }

    public static IReadOnlyList<ConlluSentence> Read(params string[] paths) =>
        [.. paths.SelectMany(ConlluReader.ReadFile)];
}
