namespace Attribution.Linguistics.Conllu;

/// <summary>A sentence of a CoNLL-U file: its comments that matter here, its surface tokens and its words.</summary>
/// <param name="Id">The <c># sent_id</c>, or a running number when the file gives none.</param>
/// <param name="Text">The <c># text</c> line, or the tokens joined by their spacing when the file gives none.</param>
/// <param name="Tokens">The surface tokens, multiword tokens as one.</param>
/// <param name="Words">The syntactic words.</param>
/// <param name="NewDocument">Whether a <c># newdoc</c> comment starts a document here.</param>
/// <param name="NewParagraph">Whether a paragraph starts here (<c># newpar</c>, or a new document).</param>
internal sealed record ConlluSentence(
    string Id,
    string Text,
    IReadOnlyList<ConlluToken> Tokens,
    IReadOnlyList<ConlluWord> Words,
    bool NewDocument,
    bool NewParagraph);
