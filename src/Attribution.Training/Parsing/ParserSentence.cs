namespace Attribution.Training.Parsing;

/// <summary>
/// A training or development sentence for the parser: lower-case form hashes, their word clusters, predicted tagger
/// classes, which words are punctuation, and the gold tree (heads with the root as <c>Words.Length</c>, relations as indices).
/// </summary>
internal sealed record ParserSentence(ulong[] Words, int[] Clusters, byte[] Tags, bool[] IsPunctuation, int[] GoldHeads, int[] GoldRelations);
