using Attribution.Linguistics.Parsing;
using Attribution.Training.Parsing;

namespace Attribution.Tests.Linguistics;

/// <summary>
/// The arc-eager system and its dynamic oracle on hand-made trees. Heads are word indices, with the sentence length
/// standing for the root; relations are small numbers, 0 being the root relation.
/// </summary>
public class ArcEagerOracleTests
{
    private const int RootRelation = 0;

    // "She saw the man ." : She ← saw, saw ← ROOT, the ← man, man ← saw, . ← saw
    private static readonly int[] SawHeads = [1, 5, 3, 1, 1];
    private static readonly int[] SawRelations = [1, 0, 2, 3, 4];

    public static TheoryData<int[], int[]> Trees => new()
    {
        { SawHeads, SawRelations },

        // "Ann said that Bo left" : a right-branching chain.
        { [1, 5, 4, 4, 1], [1, 0, 2, 1, 3] },

        // "the very old big dog barked" : a long left-branching run before the root.
        { [4, 2, 4, 4, 5, 6], [1, 2, 3, 3, 4, 0] },

        // One word.
        { [1], [0] },
    };

    [Theory]
    [MemberData(nameof(Trees))]
    public void Following_zero_cost_moves_from_the_start_builds_the_gold_tree(int[] heads, int[] relations)
    {
        var state = new ParseState();
        state.Reset(heads.Length);

        FollowZeroCost(state, heads, relations);

        Assert.Equal(heads, state.Heads.ToArray());
        Assert.Equal(relations.Select(r => (byte)r), state.Relations.ToArray());
    }

    [Fact]
    public void Costs_count_the_gold_arcs_a_move_makes_unreachable()
    {
        var state = new ParseState();
        state.Reset(SawHeads.Length);

        // At the start: shifting "She" loses nothing; attaching her to the root loses her own arc and the root's.
        Assert.Equal(0, Cost(state, Move.Shift, 0));
        Assert.Equal(2, Cost(state, Move.Right, RootRelation));

        state.Apply(Move.Shift, 0);

        // "She" on the stack, "saw" next: the left arc is free only with the gold relation; shifting "saw" over her
        // loses her head and takes "saw" from the root.
        Assert.Equal(0, Cost(state, Move.Left, 1));
        Assert.Equal(1, Cost(state, Move.Left, 3));
        Assert.Equal(2, Cost(state, Move.Shift, 0));
    }

    [Fact]
    public void After_a_mistake_the_oracle_still_reaches_every_arc_that_was_left()
    {
        var state = new ParseState();
        state.Reset(SawHeads.Length);
        var cost = Cost(state, Move.Right, RootRelation);

        state.Apply(Move.Right, RootRelation);
        FollowZeroCost(state, SawHeads, SawRelations);

        var wrong = SawHeads.Where((head, w) => state.Heads[w] != head || state.Relations[w] != SawRelations[w]).Count();
        Assert.Equal(cost, wrong);
    }

    [Fact]
    public void The_root_takes_one_dependent_and_complete_gives_every_word_a_head()
    {
        var state = new ParseState();
        state.Reset(3);
        state.Apply(Move.Right, RootRelation);

        Assert.False(state.IsValid(Move.Right, RootRelation, RootRelation));
        state.Apply(Move.Reduce, 0);
        state.Apply(Move.Shift, 0);
        state.Apply(Move.Shift, 0);
        state.Complete(RootRelation, [false, false, true], punctRelation: 7, fallbackRelation: 8);

        Assert.Equal([3, 0, 0], state.Heads.ToArray());
        Assert.Equal([0, 8, 7], state.Relations.ToArray().Select(r => (int)r));
    }

    [Fact]
    public void Lifting_makes_a_crossing_tree_projective()
    {
        // "A hearing is scheduled on the issue today": "on" (4) hangs from "hearing" (1) across "scheduled" (3).
        int[] heads = [1, 3, 3, 8, 6, 6, 1, 3];
        Assert.False(Projectivizer.IsProjective(heads, 8));

        var lifted = Projectivizer.Lift(heads, 8);

        Assert.True(Projectivizer.IsProjective(heads, 8));
        Assert.True(lifted >= 1);
    }

    private static void FollowZeroCost(ParseState state, int[] heads, int[] relations)
    {
        var transitions = new Transitions(9);
        while (!state.IsTerminal)
        {
            var next = -1;
            for (var t = 0; t < transitions.Count && next < 0; t++)
            {
                var move = transitions.MoveOf(t);
                var relation = transitions.RelationOf(t);
                if (state.IsValid(move, relation, RootRelation) && ArcEagerOracle.Cost(state, move, relation, heads, relations) == 0)
                {
                    next = t;
                }
            }

            Assert.True(next >= 0, "no zero-cost move");
            state.Apply(transitions.MoveOf(next), transitions.RelationOf(next));
        }
    }

    private static int Cost(ParseState state, Move move, int relation) => ArcEagerOracle.Cost(state, move, relation, SawHeads, SawRelations);
}
