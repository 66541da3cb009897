using Attribution.Linguistics.Models;

namespace Attribution.Linguistics.Parsing;

/// <summary>
/// The dependency parser: greedy arc-eager parsing (Nivre 2003) scored by an averaged perceptron over
/// <see cref="ParserFeatures"/>, trained with a dynamic oracle (Goldberg and Nivre 2012). At each step the best-scoring
/// move that the configuration allows is taken; a sentence gets exactly one root.
/// </summary>
internal sealed class DependencyParser
{
    private readonly int rootRelation;
    private readonly int punctRelation;
    private readonly int fallbackRelation;

    public DependencyParser(IReadOnlyList<string> relations, LinearModel model)
    {
        Relations = relations;
        Model = model;
        Transitions = new Transitions(relations.Count);
        rootRelation = IndexOf("root");
        punctRelation = IndexOf("punct");
        fallbackRelation = IndexOf("parataxis");
    }

    /// <summary>The relation names (<c>nsubj</c>, <c>obl:tmod</c>, …); a relation is an index into this list.</summary>
    public IReadOnlyList<string> Relations { get; }

    public LinearModel Model { get; }

    public Transitions Transitions { get; }

    public int RootRelation => rootRelation;

    /// <summary>
    /// Parses one sentence: <paramref name="words"/> are the words' lower-case form hashes, <paramref name="clusters"/>
    /// their word clusters (the tagger's, <see cref="Tagging.LexicalFeatures.Cluster"/>), <paramref name="tags"/> their
    /// tagger classes, <paramref name="isPunctuation"/> says which are punctuation (for the relation of a word
    /// left without a head). The heads (<paramref name="state"/>.Root for the root word) and relations are left in
    /// <paramref name="state"/>.
    /// </summary>
    public void Parse(ParseState state, ReadOnlySpan<ulong> words, ReadOnlySpan<int> clusters, ReadOnlySpan<byte> tags, ReadOnlySpan<bool> isPunctuation)
    {
        state.Reset(words.Length);
        Span<ulong> buffer = stackalloc ulong[ParserFeatures.BufferCount];
        Span<ulong> rest = stackalloc ulong[ParserFeatures.RestCount];
        Span<int> bufferScores = stackalloc int[Model.ClassCount];
        Span<int> scores = stackalloc int[Model.ClassCount];

        // The buffer's features are summed once per buffer word, not once per move: integer sums, so the scores are
        // the same as from all the features at once.
        var scoredNext = -1;
        while (!state.IsTerminal)
        {
            if (state.Next != scoredNext)
            {
                ParserFeatures.ExtractBuffer(state, words, clusters, tags, buffer);
                bufferScores.Clear();
                Model.Score(buffer, bufferScores);
                scoredNext = state.Next;
            }

            bufferScores.CopyTo(scores);
            ParserFeatures.ExtractRest(state, words, clusters, tags, rest);
            Model.Score(rest, scores);
            var best = BestValid(state, scores);
            state.Apply(Transitions.MoveOf(best), Transitions.RelationOf(best));
        }

        state.Complete(rootRelation, isPunctuation, punctRelation, fallbackRelation);
    }

    /// <summary>The highest-scoring transition valid in <paramref name="state"/>.</summary>
    /// <remarks>
    /// Validity depends on the move and, for arcs, only on whether the relation is the root's; so the four moves are
    /// checked once and the relations scanned without a check each.
    /// </remarks>
    public int BestValid(ParseState state, ReadOnlySpan<int> scores)
    {
        var best = -1;
        var bestScore = int.MinValue;
        Consider(state, Move.Shift, 0, 1, scores, ref best, ref bestScore);
        Consider(state, Move.Reduce, 1, 2, scores, ref best, ref bestScore);
        Consider(state, Move.Left, 2, 2 + Relations.Count, scores, ref best, ref bestScore);
        Consider(state, Move.Right, 2 + Relations.Count, 2 + (2 * Relations.Count), scores, ref best, ref bestScore);
        return best >= 0 ? best : Transitions.Of(Move.Shift);
    }

    private void Consider(ParseState state, Move move, int from, int to, ReadOnlySpan<int> scores, ref int best, ref int bestScore)
    {
        var rootArc = from + (move is Move.Left or Move.Right ? rootRelation : 0);
        var otherArcs = move is Move.Left or Move.Right && Relations.Count > 1
            ? state.IsValid(move, rootRelation == 0 ? 1 : 0, rootRelation)
            : state.IsValid(move, 0, rootRelation);
        var rootArcValid = move is Move.Left or Move.Right ? state.IsValid(move, rootRelation, rootRelation) : otherArcs;
        for (var t = from; t < to; t++)
        {
            if ((t == rootArc ? rootArcValid : otherArcs) && (best < 0 || scores[t] > bestScore))
            {
                best = t;
                bestScore = scores[t];
            }
        }
    }

    public bool IsValid(ParseState state, int transition) =>
        state.IsValid(Transitions.MoveOf(transition), Transitions.RelationOf(transition), rootRelation);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Relations.Count);
        foreach (var relation in Relations)
        {
            writer.Write(relation);
        }

        Model.Write(writer);
    }

    /// <summary>Reads a parser <see cref="Write"/> wrote.</summary>
    public static DependencyParser Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var relations = new string[count];
        for (var i = 0; i < count; i++)
        {
            relations[i] = string.Intern(reader.ReadString());
        }

        return new DependencyParser(relations, LinearModel.Read(reader));
    }

    private int IndexOf(string relation)
    {
        for (var i = 0; i < Relations.Count; i++)
        {
            if (Relations[i] == relation)
            {
                return i;
            }
        }

        throw new InvalidDataException($"the parser's relations lack '{relation}'");
    }
}
