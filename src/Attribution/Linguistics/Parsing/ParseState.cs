namespace Attribution.Linguistics.Parsing;

/// <summary>
/// A configuration of the arc-eager system over one sentence of <see cref="Length"/> words: the stack (whose bottom
/// is the artificial root, numbered <see cref="Length"/>), the next buffer word, and the arcs so far, with the
/// bookkeeping the features read (outermost dependents, how many on each side, which relations). Reused across
/// sentences: <see cref="Reset"/> sizes it, so a parse allocates nothing once the buffers are large enough.
/// </summary>
internal sealed class ParseState
{
    public const int None = -1;

    private int[] stack = new int[64];
    private int[] heads = new int[64];
    private byte[] relations = new byte[64];
    private bool[] onStack = new bool[65];
    private int[] leftmost = new int[65];
    private int[] leftmost2 = new int[65];
    private int[] rightmost = new int[65];
    private int[] rightmost2 = new int[65];
    private byte[] leftCount = new byte[65];
    private byte[] rightCount = new byte[65];
    private ulong[] leftRelations = new ulong[65];
    private ulong[] rightRelations = new ulong[65];

    public int Length { get; private set; }

    /// <summary>The number of the artificial root.</summary>
    public int Root => Length;

    public int StackCount { get; private set; }

    /// <summary>The next buffer word; the buffer is empty when it equals <see cref="Length"/>.</summary>
    public int Next { get; private set; }

    /// <summary>Whether the artificial root has its one dependent (the sentence's root word) already.</summary>
    public bool RootTaken { get; private set; }

    public bool IsTerminal => Next >= Length;

    public ReadOnlySpan<int> Heads => heads.AsSpan(0, Length);

    public ReadOnlySpan<byte> Relations => relations.AsSpan(0, Length);

    public void Reset(int length)
    {
        if (heads.Length < length + 1)
        {
            var size = Math.Max(length + 1, heads.Length * 2);
            stack = new int[size + 1];
            heads = new int[size];
            relations = new byte[size];
            onStack = new bool[size + 1];
            leftmost = new int[size + 1];
            leftmost2 = new int[size + 1];
            rightmost = new int[size + 1];
            rightmost2 = new int[size + 1];
            leftCount = new byte[size + 1];
            rightCount = new byte[size + 1];
            leftRelations = new ulong[size + 1];
            rightRelations = new ulong[size + 1];
        }

        Length = length;
        heads.AsSpan(0, length).Fill(None);
        relations.AsSpan(0, length).Clear();
        leftmost.AsSpan(0, length + 1).Fill(None);
        leftmost2.AsSpan(0, length + 1).Fill(None);
        rightmost.AsSpan(0, length + 1).Fill(None);
        rightmost2.AsSpan(0, length + 1).Fill(None);
        leftCount.AsSpan(0, length + 1).Clear();
        rightCount.AsSpan(0, length + 1).Clear();
        leftRelations.AsSpan(0, length + 1).Clear();
        rightRelations.AsSpan(0, length + 1).Clear();
        onStack.AsSpan(0, length + 1).Clear();
        onStack[length] = true;
        stack[0] = length;
        StackCount = 1;
        Next = 0;
        RootTaken = false;
    }

    /// <summary>The stack word <paramref name="depth"/> below the top (0 is the top), or <see cref="None"/>.</summary>
    public int Stack(int depth) => depth < StackCount ? stack[StackCount - 1 - depth] : None;

    /// <summary>The buffer word <paramref name="offset"/> after the next one, or <see cref="None"/>.</summary>
    public int Buffer(int offset) => Next + offset < Length ? Next + offset : None;

    /// <summary>Whether <paramref name="word"/> (or the root) is on the stack now.</summary>
    public bool IsOnStack(int word) => word >= 0 && onStack[word];

    public int Head(int word) => word >= 0 && word < Length ? heads[word] : None;

    public int Relation(int word) => relations[word];

    public int Leftmost(int word) => word >= 0 ? leftmost[word] : None;

    public int Leftmost2(int word) => word >= 0 ? leftmost2[word] : None;

    public int Rightmost(int word) => word >= 0 ? rightmost[word] : None;

    public int Rightmost2(int word) => word >= 0 ? rightmost2[word] : None;

    public int LeftCount(int word) => word >= 0 ? leftCount[word] : 0;

    public int RightCount(int word) => word >= 0 ? rightCount[word] : 0;

    public ulong LeftRelations(int word) => word >= 0 ? leftRelations[word] : 0;

    public ulong RightRelations(int word) => word >= 0 ? rightRelations[word] : 0;

    public bool IsValid(Move move, int relation, int rootRelation) => move switch
    {
        Move.Shift => Next < Length,
        Move.Reduce => StackCount > 1 && heads[stack[StackCount - 1]] != None,
        Move.Left => Next < Length && StackCount > 1 && heads[stack[StackCount - 1]] == None && relation != rootRelation,
        _ => Next < Length && (stack[StackCount - 1] == Root ? !RootTaken && relation == rootRelation : relation != rootRelation),
    };

    public void Apply(Move move, int relation)
    {
        switch (move)
        {
            case Move.Shift:
                onStack[Next] = true;
                stack[StackCount++] = Next++;
                break;
            case Move.Reduce:
                onStack[stack[--StackCount]] = false;
                break;
            case Move.Left:
                onStack[stack[StackCount - 1]] = false;
                AddArc(Next, stack[--StackCount], relation);
                break;
            default:
                AddArc(stack[StackCount - 1], Next, relation);
                onStack[Next] = true;
                stack[StackCount++] = Next++;
                break;
        }
    }

    /// <summary>
    /// Gives every word still without a head one, so the sentence is a single tree: with no root word yet, the first
    /// such word becomes it; the others attach to the root word, as <paramref name="punctRelation"/> when they are
    /// punctuation and <paramref name="fallbackRelation"/> otherwise.
    /// </summary>
    public void Complete(int rootRelation, ReadOnlySpan<bool> isPunctuation, int punctRelation, int fallbackRelation)
    {
        var root = None;
        for (var w = 0; w < Length; w++)
        {
            if (heads[w] == Root)
            {
                root = w;
                break;
            }
        }

        for (var w = 0; w < Length; w++)
        {
            if (heads[w] != None)
            {
                continue;
            }

            if (root == None)
            {
                root = w;
                AddArc(Root, w, rootRelation);
            }
            else
            {
                AddArc(root, w, w < isPunctuation.Length && isPunctuation[w] ? punctRelation : fallbackRelation);
            }
        }
    }

    private void AddArc(int head, int dependent, int relation)
    {
        heads[dependent] = head;
        relations[dependent] = (byte)relation;
        if (head == Root)
        {
            RootTaken = true;
        }

        var bit = relation < 64 ? 1UL << relation : 0;
        if (dependent < head)
        {
            if (leftmost[head] == None || dependent < leftmost[head])
            {
                leftmost2[head] = leftmost[head];
                leftmost[head] = dependent;
            }
            else if (leftmost2[head] == None || dependent < leftmost2[head])
            {
                leftmost2[head] = dependent;
            }

            leftCount[head] = (byte)Math.Min(leftCount[head] + 1, 255);
            leftRelations[head] |= bit;
        }
        else
        {
            if (rightmost[head] == None || dependent > rightmost[head])
            {
                rightmost2[head] = rightmost[head];
                rightmost[head] = dependent;
            }
            else if (rightmost2[head] == None || dependent > rightmost2[head])
            {
                rightmost2[head] = dependent;
            }

            rightCount[head] = (byte)Math.Min(rightCount[head] + 1, 255);
            rightRelations[head] |= bit;
        }
    }
}
