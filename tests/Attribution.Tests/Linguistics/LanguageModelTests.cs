namespace Attribution.Tests.Linguistics;

/// <summary>The public analysis through <see cref="LanguageModel.Analyze"/>: offsets, trees, entities, errors.</summary>
public class LanguageModelTests
{
    private const string Article =
        "“We will rebuild,” Mayor Ada Lind told reporters in Paris on Monday. She didn't say when.\n" +
        "The council, which met at the Foreign Office, approved the plan.";

    [Fact]
    public void Every_token_sentence_and_entity_indexes_the_text_exactly()
    {
        var analysis = LanguageModel.English.Analyze(Article);

        Assert.Same(Article, analysis.Text);
        foreach (var token in analysis.Tokens)
        {
            Assert.Equal(Article[token.Start..token.End], token.Text);
            Assert.False(string.IsNullOrWhiteSpace(token.Text));
        }

        foreach (var entity in analysis.Entities)
        {
            Assert.Equal(Article[entity.Start..entity.End], entity.Text);
            Assert.Equal(analysis.Tokens[entity.FirstToken].Start, entity.Start);
            Assert.Equal(analysis.Tokens[entity.FirstToken + entity.TokenCount - 1].End, entity.End);
        }

        Assert.Equal(analysis.Tokens.Count, analysis.Sentences.Sum(s => s.TokenCount));
    }

    [Fact]
    public void Words_follow_universal_dependencies_tokenisation()
    {
        var analysis = LanguageModel.English.Analyze("She didn't say when.");

        Assert.Equal(["She", "did", "n't", "say", "when", "."], analysis.Tokens.Select(t => t.Text));
        Assert.True(analysis.Tokens[2].ContinuesToken);
        Assert.False(analysis.Tokens[1].ContinuesToken);
    }

    [Fact]
    public void Each_sentence_is_one_tree_with_one_root_and_heads_inside_it()
    {
        var analysis = LanguageModel.English.Analyze(Article);

        foreach (var sentence in analysis.Sentences)
        {
            var tokens = Enumerable.Range(sentence.FirstToken, sentence.TokenCount).ToArray();
            Assert.Single(tokens, i => analysis.Tokens[i].Head < 0);
            foreach (var i in tokens)
            {
                var head = analysis.Tokens[i].Head;
                Assert.True(head < 0 || (head >= sentence.FirstToken && head < sentence.FirstToken + sentence.TokenCount));
                Assert.Equal(head < 0, analysis.Tokens[i].Relation == "root");

                // Following heads from any word reaches the root without a cycle.
                var steps = 0;
                for (var w = i; analysis.Tokens[w].Head >= 0; w = analysis.Tokens[w].Head)
                {
                    Assert.True(++steps <= sentence.TokenCount, "a cycle in the tree");
                }
            }
        }
    }

    [Fact]
    public void A_paragraph_break_always_ends_a_sentence()
    {
        var analysis = LanguageModel.English.Analyze("The talks ended\nThe envoy left");

        Assert.Equal(2, analysis.Sentences.Count);
        Assert.Equal((0, 15), (analysis.Sentences[0].Start, analysis.Sentences[0].End));
    }

    [Fact]
    public void Tags_and_relations_read_a_plain_sentence_as_the_treebanks_do()
    {
        var analysis = LanguageModel.English.Analyze("The minister said the talks had failed.");
        var said = analysis.Tokens.Single(t => t.Text == "said");
        var minister = analysis.Tokens.Single(t => t.Text == "minister");

        Assert.Equal(PartOfSpeech.Verb, said.Upos);
        Assert.Equal("VBD", said.Xpos);
        Assert.Equal("root", said.Relation);
        Assert.Equal(PartOfSpeech.Noun, minister.Upos);
        Assert.Equal("nsubj", minister.Relation);
        Assert.Equal("said", analysis.Tokens[minister.Head].Text);
    }

    [Fact]
    public void Names_of_people_and_places_are_entities_with_their_types()
    {
        var analysis = LanguageModel.English.Analyze("Foreign Secretary David Lammy flew to Paris on Monday.");

        Assert.Contains(analysis.Entities, e => e.Text == "David Lammy" && e.Type == EntityType.Person);
        Assert.Contains(analysis.Entities, e => e.Text == "Paris" && e.Type == EntityType.Place);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("\0\u0001\u0002")]
    public void Empty_and_blank_texts_give_an_empty_analysis(string text)
    {
        var analysis = LanguageModel.English.Analyze(text);

        Assert.Empty(analysis.Sentences);
        Assert.Empty(analysis.Entities);
    }

    [Fact]
    public void Null_text_is_an_argument_error() =>
        Assert.Throws<ArgumentNullException>(() => LanguageModel.English.Analyze(null!));

    [Fact]
    public void A_cancelled_token_stops_the_analysis()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => LanguageModel.English.Analyze(Article, cancellation.Token));
    }

    [Fact]
    public void Analyses_on_many_threads_at_once_equal_the_sequential_one()
    {
        var texts = CorpusFiles.Directory is var dir && Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray()
            : [Article];
        var sequential = texts.Select(t => Describe(LanguageModel.English.Analyze(t))).ToArray();

        var parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = Describe(LanguageModel.English.Analyze(texts[i])));

        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void The_model_names_its_language()
    {
        Assert.Equal("en", LanguageModel.English.Code);
        Assert.Equal("English", LanguageModel.English.ToString());
    }

    private static string Describe(Analysis analysis) =>
        string.Join(' ', analysis.Tokens.Select(t => $"{t.Start}:{t.Upos}:{t.Head}:{t.Relation}")) + "|" +
        string.Join(' ', analysis.Entities.Select(e => $"{e.Start}:{e.End}:{e.Type}"));
}
