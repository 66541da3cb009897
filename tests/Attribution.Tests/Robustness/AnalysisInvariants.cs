namespace Attribution.Tests.Robustness;

/// <summary>What every analysis promises, whatever the text: exact offsets in order, one tree per sentence, entities inside sentences.</summary>
internal static class AnalysisInvariants
{
    public static void Check(string text, Analysis analysis)
    {
        Assert.Same(text, analysis.Text);
        var tokens = analysis.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            Assert.InRange(token.Start, 0, text.Length - 1);
            Assert.InRange(token.End, token.Start + 1, text.Length);
            Assert.True(i == 0 || tokens[i - 1].End <= token.Start, $"tokens overlap or go backwards at {i}");
            Assert.False(token.ContinuesToken && (i == 0 || tokens[i - 1].End != token.Start), $"token {i} continues a token it does not touch");
        }

        var next = 0;
        foreach (var sentence in analysis.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            next += sentence.TokenCount;
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[next - 1].End, sentence.End);
            var roots = 0;
            for (var i = sentence.FirstToken; i < next; i++)
            {
                var head = tokens[i].Head;
                roots += head < 0 ? 1 : 0;
                Assert.True(head < 0 || (head >= sentence.FirstToken && head < next && head != i), $"token {i} has head {head} outside its sentence");
                var steps = 0;
                for (var w = i; tokens[w].Head >= 0; w = tokens[w].Head)
                {
                    Assert.True(++steps <= sentence.TokenCount, "a cycle in a tree");
                }
            }

            Assert.Equal(1, roots);
        }

        Assert.Equal(tokens.Count, next);
        var previousEnd = -1;
        foreach (var entity in analysis.Entities)
        {
            Assert.True(entity.TokenCount > 0);
            Assert.True(entity.FirstToken >= previousEnd, "entities overlap or go backwards");
            previousEnd = entity.FirstToken + entity.TokenCount;
            Assert.Equal(text[entity.Start..entity.End], entity.Text);
            var sentence = analysis.Sentences.Single(s => s.FirstToken <= entity.FirstToken && entity.FirstToken < s.FirstToken + s.TokenCount);
            Assert.True(previousEnd <= sentence.FirstToken + sentence.TokenCount, "an entity crosses a sentence end");
        }
    }
}
