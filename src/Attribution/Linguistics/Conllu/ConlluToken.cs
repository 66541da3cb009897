namespace Attribution.Linguistics.Conllu;

/// <summary>
/// A surface token of a CoNLL-U sentence: a single word, or a multiword token (<c>1-2 don't</c>) covering the words
/// <c>[FirstWord, FirstWord + WordCount)</c> (0-based).
/// </summary>
internal sealed record ConlluToken(string Form, int FirstWord, int WordCount, bool NoSpaceAfter);
