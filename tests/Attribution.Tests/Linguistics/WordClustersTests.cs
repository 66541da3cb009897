using Attribution.Linguistics;
using Attribution.Linguistics.Models;
using Attribution.Linguistics.Tagging;
using Attribution.Training.Clusters;

namespace Attribution.Tests.Linguistics;

public class WordClustersTests
{
    [Fact]
    public void A_path_is_found_by_the_lower_case_hash_and_an_unknown_word_has_none()
    {
        var clusters = WordClusters.Parse(new StringReader("the\t300\nLondon\t3ab\nsaid\t303\n"));

        Assert.Equal(3, clusters.Count);
        Assert.Equal(0x3ab, clusters.Of(FeatureHash.OfLower("LONDON")));
        Assert.Equal(0x303, clusters.Of(FeatureHash.OfLower("said")));
        Assert.Equal(WordClusters.Unknown, clusters.Of(FeatureHash.OfLower("zzyzx")));
    }

    [Fact]
    public void Prefixes_of_one_path_differ_by_length_and_equal_those_of_paths_that_share_them()
    {
        Assert.Equal(WordClusters.Prefix(0x3ab, 2), WordClusters.Prefix(0x3a0, 2));
        Assert.NotEqual(WordClusters.Prefix(0x3ab, 3), WordClusters.Prefix(0x3a0, 3));
        Assert.NotEqual(WordClusters.Prefix(0x003, 3), WordClusters.Prefix(0x030, 2));
        Assert.NotEqual(WordClusters.Prefix(0x000, 1), WordClusters.Prefix(0x000, 2));
        Assert.NotEqual(WordClusters.Prefix(WordClusters.Unknown, 3), WordClusters.Prefix(0xfff, 3));

        // Values past a path's twelve bits (the parser's root and padding) keep prefixes no path has.
        for (var path = 0; path < 0x1000; path++)
        {
            Assert.NotEqual(WordClusters.Prefix(path, 2), WordClusters.Prefix(0x10000, 2));
        }
    }

    [Fact]
    public void The_table_reads_back_what_it_wrote()
    {
        var clusters = WordClusters.Parse(new StringReader("the\t300\nlondon\t3ab\n"));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            clusters.Write(writer);
        }

        stream.Position = 0;
        var copy = WordClusters.Read(new BinaryReader(stream));
        Assert.Equal(0x3ab, copy.Of(FeatureHash.OfLower("london")));
        Assert.Equal(0x300, copy.Of(FeatureHash.OfLower("the")));
    }

    [Fact]
    public void The_clusterer_gives_each_bundle_of_like_vectors_its_own_first_digit_and_the_same_paths_twice()
    {
        // Sixteen tight bundles around sixteen directions, as many as the first level's groups.
        var random = new Random(5);
        var vectors = Enumerable.Range(0, 320)
            .Select(i => Enumerable.Range(0, 16).Select(d => (d == i % 16 ? 1f : 0f) + (float)(random.NextDouble() * 0.05)).ToArray())
            .ToArray();

        var paths = WordClusterer.Cluster(vectors, seed: 7);

        var firstDigits = Enumerable.Range(0, 16)
            .Select(bundle => paths.Where((_, i) => i % 16 == bundle).Select(p => p >> 8).Distinct().Single())
            .ToList();
        Assert.Equal(16, firstDigits.Distinct().Count());
        Assert.Equal(paths, WordClusterer.Cluster(vectors, seed: 7));
    }

    [Fact]
    public void The_taggers_word_features_read_the_cluster_at_each_depth()
    {
        ulong[] Keys(string form, int cluster)
        {
            var word = LexicalFeatures.Of(form);
            word.Cluster = cluster;
            var keys = new ulong[TaggerFeatures.WordCount];
            TaggerFeatures.ExtractWord(word, keys);
            return keys;
        }

        int Differing(ulong[] a, ulong[] b) => a.Zip(b).Count(p => p.First != p.Second);

        Assert.Equal(WordClusters.Unknown, LexicalFeatures.Of("Kovalchuk").Cluster); // until a tagger looks it up

        var kovalchuk = Keys("Kovalchuk", 0x807);
        Assert.Equal(3, Differing(kovalchuk, Keys("Kovalchuk", 0x6b2))); // another group at every depth
        Assert.Equal(1, Differing(kovalchuk, Keys("Kovalchuk", 0x80f))); // the same but at the finest
        Assert.Equal(0, Differing(kovalchuk, Keys("Kovalchuk", 0x807)));

        // An unseen name and another of its group share the three cluster features whatever else differs.
        var tymoshenko = Keys("Tymoshenko", 0x807);
        var unknown = Keys("Tymoshenko", WordClusters.Unknown);
        Assert.Equal(3, Differing(tymoshenko, unknown));
        Assert.Equal(3, kovalchuk.Intersect(tymoshenko).Except(unknown).Count());
    }

    [Fact]
    public void The_shipped_tagger_carries_clusters_that_group_words_of_one_kind()
    {
        var clusters = LanguagePack.English.Tagger.Clusters;
        int Of(string word) => clusters.Of(FeatureHash.OfLower(word));

        Assert.True(clusters.Count >= 90_000);
        Assert.All(new[] { "monday", "thursday", "ministry" }, w => Assert.NotEqual(WordClusters.Unknown, Of(w)));
        Assert.Equal(WordClusters.Prefix(Of("monday"), 2), WordClusters.Prefix(Of("thursday"), 2));
        Assert.NotEqual(WordClusters.Prefix(Of("monday"), 3), WordClusters.Prefix(Of("ministry"), 3));
    }

    [Fact]
    public void The_shipped_taggers_clusters_are_the_data_files()
    {
        // The trainer reads data/clusters for every model; the runtime reads the copy in tagger.bin. A table rebuilt
        // without retraining would feed the models paths they never learned.
        WordClusters file;
        using (var reader = new StreamReader(Attribution.Training.Treebanks.Locate().ClustersFile))
        {
            file = WordClusters.Parse(reader);
        }

        var shipped = LanguagePack.English.Tagger.Clusters;
        Assert.Equal(file.Count, shipped.Count);
        foreach (var line in File.ReadLines(Attribution.Training.Treebanks.Locate().ClustersFile))
        {
            var hash = FeatureHash.OfLower(line.AsSpan(0, line.IndexOf('\t')));
            Assert.Equal(file.Of(hash), shipped.Of(hash));
        }
    }

    [Fact]
    public void A_damaged_path_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => WordClusters.Parse(new StringReader("the\t3000\n")));
        Assert.Throws<FormatException>(() => WordClusters.Parse(new StringReader("the\tzz\n")));
    }
}
