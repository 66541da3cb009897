namespace Attribution;

/// <summary>
/// A word of an <see cref="Analysis"/>, as Universal Dependencies counts words: its place in the text, its tags and
/// its head in the sentence's dependency tree.
/// </summary>
public readonly record struct AnalyzedToken
{
    private readonly string source;

    internal AnalyzedToken(string source, int start, int end, PartOfSpeech upos, string xpos, int head, string relation, bool continuesToken)
    {
        this.source = source;
        Start = start;
        End = end;
        Upos = upos;
        Xpos = xpos;
        Head = head;
        Relation = relation;
        ContinuesToken = continuesToken;
    }

    /// <summary>The word as written: exactly <c>text[Start..End]</c>.</summary>
    public string Text => source is null ? "" : source[Start..End];

    /// <summary>Where the word starts, in UTF-16 code units into the analysed text.</summary>
    public int Start { get; }

    /// <summary>Where the word ends (exclusive).</summary>
    public int End { get; }

    /// <summary>The universal part-of-speech tag.</summary>
    public PartOfSpeech Upos { get; }

    /// <summary>The Penn Treebank tag (<c>NNP</c>, <c>VBD</c>, …).</summary>
    public string Xpos { get; }

    /// <summary>The index in <see cref="Analysis.Tokens"/> of the word's head, or -1 for the root of its sentence.</summary>
    public int Head { get; }

    /// <summary>The dependency relation to the head, with its subtype (<c>nsubj</c>, <c>nsubj:pass</c>, <c>root</c>).</summary>
    public string Relation { get; }

    /// <summary>
    /// Whether the word shares its written token with the word before it, as <c>n't</c> does with <c>do</c> in
    /// <c>don't</c> (a multiword token in CoNLL-U).
    /// </summary>
    public bool ContinuesToken { get; }
}
