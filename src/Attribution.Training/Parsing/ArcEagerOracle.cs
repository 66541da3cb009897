using Attribution.Linguistics.Parsing;

namespace Attribution.Training.Parsing;

/// <summary>
/// The dynamic oracle of the arc-eager system (Goldberg and Nivre 2012): the cost of a transition is the number of
/// gold arcs it makes unreachable, from any configuration, so training can follow the model's own mistakes and still
/// learn the best continuation. For a projective gold tree the arcs that are each reachable are reachable together,
/// so the cost counts arcs one at a time:
/// <list type="bullet">
/// <item>a word on the stack without a head can still get one from the buffer only;</item>
/// <item>a buffer word can still get its head from the buffer, from the stack, or from the root while the root has no
/// dependent;</item>
/// <item>an arc already built counts when head and relation are the gold ones.</item>
/// </list>
/// </summary>
internal static class ArcEagerOracle
{
    /// <param name="goldHeads">Each word's gold head, <c>state.Root</c> for the root word.</param>
    public static int Cost(ParseState state, Move move, int relation, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldRelations)
    {
        var s0 = state.Stack(0);
        var b = state.Next;
        switch (move)
        {
            case Move.Shift:
                // b's own head on the stack (or the root) is lost, and so are b's dependents waiting on the stack.
                return (HeadReachableFromStack(state, goldHeads[b]) ? 1 : 0) + DependentsOnStack(state, b, goldHeads);

            case Move.Reduce:
                return DependentsInBuffer(state, s0, goldHeads);

            case Move.Left:
            {
                var head = goldHeads[s0];
                var lost = head >= b && head != state.Root && (head != b || relation != goldRelations[s0]) ? 1 : 0;
                return lost + DependentsInBuffer(state, s0, goldHeads);
            }

            default:
            {
                var head = goldHeads[b];
                var reachable = head == state.Root ? !state.RootTaken : head > b || state.IsOnStack(head);
                var lost = reachable && (head != s0 || relation != goldRelations[b]) ? 1 : 0;
                lost += DependentsOnStack(state, b, goldHeads);
                if (s0 == state.Root)
                {
                    // The root takes one dependent only: a gold root word still in the buffer can no longer be it.
                    for (var w = b + 1; w < state.Length; w++)
                    {
                        lost += goldHeads[w] == state.Root ? 1 : 0;
                    }
                }

                return lost;
            }
        }
    }

    private static bool HeadReachableFromStack(ParseState state, int head) =>
        head == state.Root ? !state.RootTaken : head < state.Next && state.IsOnStack(head);

    /// <summary>Headless words on the stack whose gold head is <paramref name="head"/>.</summary>
    private static int DependentsOnStack(ParseState state, int head, ReadOnlySpan<int> goldHeads)
    {
        var count = 0;
        for (var depth = 0; depth < state.StackCount - 1; depth++)
        {
            var w = state.Stack(depth);
            count += state.Head(w) == ParseState.None && goldHeads[w] == head ? 1 : 0;
        }

        return count;
    }

    /// <summary>Buffer words whose gold head is <paramref name="head"/>.</summary>
    private static int DependentsInBuffer(ParseState state, int head, ReadOnlySpan<int> goldHeads)
    {
        var count = 0;
        for (var w = state.Next; w < state.Length; w++)
        {
            count += goldHeads[w] == head ? 1 : 0;
        }

        return count;
    }
}
