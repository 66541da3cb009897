using Attribution.Linguistics;

namespace Attribution;

/// <summary>
/// What <see cref="LanguageModel.Analyze"/> found in a text: its sentences, its words with tags and dependency
/// tree, and its named entities. Offsets index the analysed text, which is never altered. Immutable.
/// </summary>
public sealed class Analysis
{
    private Analysis(string text, AnalyzedSentence[] sentences, AnalyzedToken[] tokens, NamedEntity[] entities)
    {
        Text = text;
        Sentences = sentences;
        Tokens = tokens;
        Entities = entities;
    }

    /// <summary>The analysed text.</summary>
    public string Text { get; }

    /// <summary>The sentences in text order.</summary>
    public IReadOnlyList<AnalyzedSentence> Sentences { get; }

    /// <summary>The words in text order; <see cref="AnalyzedToken.Head"/> indexes this list.</summary>
    public IReadOnlyList<AnalyzedToken> Tokens { get; }

    /// <summary>The named entities in text order.</summary>
    public IReadOnlyList<NamedEntity> Entities { get; }

    internal static Analysis From(LinguisticDocument document)
    {
        var text = document.Text;
        var words = document.Words.AsSpan();
        var heads = document.Heads.AsSpan();
        var tokens = new AnalyzedToken[words.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = words[i];
            var head = heads[i] < 0 ? -1 : heads[i];
            tokens[i] = new AnalyzedToken(text, word.Start, word.End, document.UposOf(i), document.XposOf(i), head, document.RelationOf(i), word.ContinuesToken);
        }

        var ranges = document.Sentences.AsSpan();
        var sentences = new AnalyzedSentence[ranges.Length];
        for (var s = 0; s < sentences.Length; s++)
        {
            var range = ranges[s];
            sentences[s] = new AnalyzedSentence(words[range.FirstWord].Start, words[range.EndWord - 1].End, range.FirstWord, range.Length, range.Paragraph);
        }

        var mentions = document.Entities.AsSpan();
        var entities = new NamedEntity[mentions.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            var mention = mentions[e];
            var start = words[mention.FirstWord].Start;
            var end = words[mention.EndWord - 1].End;
            entities[e] = new NamedEntity(text[start..end], start, end, mention.Type, mention.FirstWord, mention.EndWord - mention.FirstWord);
        }

        return new Analysis(text, sentences, tokens, entities);
    }
}
