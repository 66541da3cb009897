namespace Attribution.Linguistics.Parsing;

/// <summary>
/// How a parser class number reads as a move and a relation: 0 is shift, 1 reduce, then a left arc per relation,
/// then a right arc per relation.
/// </summary>
internal readonly record struct Transitions(int RelationCount)
{
    public int Count => 2 + (2 * RelationCount);

    public Move MoveOf(int transition) => transition switch
    {
        0 => Move.Shift,
        1 => Move.Reduce,
        _ => transition < 2 + RelationCount ? Move.Left : Move.Right,
    };

    /// <summary>The relation an arc transition adds (meaningless for shift and reduce).</summary>
    public int RelationOf(int transition) => transition < 2 ? 0 : (transition - 2) % RelationCount;

    public int Of(Move move, int relation = 0) => move switch
    {
        Move.Shift => 0,
        Move.Reduce => 1,
        Move.Left => 2 + relation,
        _ => 2 + RelationCount + relation,
    };
}
