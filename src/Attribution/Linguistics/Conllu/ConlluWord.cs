namespace Attribution.Linguistics.Conllu;

/// <summary>
/// One syntactic word of a CoNLL-U sentence, its columns as written. <see cref="Form"/> is, inside a multiword token,
/// the word's share of the token; <see cref="Head"/> is the 1-based index of the head word, 0 for the root and -1 when
/// the column is <c>_</c>; <see cref="Misc"/> is <c>_</c> when empty.
/// </summary>
internal sealed record ConlluWord(
    string Form, string Lemma, string Upos, string Xpos, string Features, int Head, string Relation, string Misc)
{
    /// <summary>Whether MISC says no space follows the word (<c>SpaceAfter=No</c>).</summary>
    public bool NoSpaceAfter => ConlluMisc.Has(Misc, "SpaceAfter", "No");
}
