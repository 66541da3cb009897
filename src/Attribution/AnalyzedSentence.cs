namespace Attribution;

/// <summary>A sentence of an <see cref="Analysis"/>: where it is and which tokens it holds.</summary>
/// <param name="Start">Where the sentence starts, in UTF-16 code units into the analysed text.</param>
/// <param name="End">Where it ends (exclusive): the end of its last token.</param>
/// <param name="FirstToken">The index in <see cref="Analysis.Tokens"/> of its first token.</param>
/// <param name="TokenCount">How many tokens it holds.</param>
/// <param name="Paragraph">The paragraph (non-blank line) it belongs to, counted from 0; a sentence never crosses one.</param>
public sealed record AnalyzedSentence(int Start, int End, int FirstToken, int TokenCount, int Paragraph);
