namespace Attribution.Linguistics.Parsing;

/// <summary>The four moves of the arc-eager transition system (Nivre 2003); arcs carry a relation besides.</summary>
internal enum Move : byte
{
    /// <summary>Push the next buffer word onto the stack.</summary>
    Shift,

    /// <summary>Pop the stack top, which already has its head.</summary>
    Reduce,

    /// <summary>Make the next buffer word the head of the stack top, and pop it.</summary>
    Left,

    /// <summary>Make the stack top the head of the next buffer word, and push that word.</summary>
    Right,
}
