using Attribution.Text;

namespace Attribution.Linguistics.Evaluation;

/// <summary>A word to score: where it is, its tags, and its head as an index into the same list (-1 for the root).</summary>
internal readonly record struct UdWord(TextSpan Span, string Upos, string Xpos, int Head, string Relation);
