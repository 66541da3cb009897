namespace Attribution.Linguistics.Entities;

/// <summary>
/// The recogniser's classes, one per word in the BILOU scheme: outside (0), then for each <see cref="EntityType"/> the
/// beginning, inside and last word of a longer entity and a one-word (unit) entity. A class may follow another only
/// as the scheme allows, so decoding never produces a broken span.
/// </summary>
internal static class EntityLabels
{
    public const int Outside = 0;

    public const int TypeCount = 3;

    public const int Count = 1 + (4 * TypeCount);

    private const int Begin = 0;
    private const int Inside = 1;
    private const int Last = 2;
    private const int Unit = 3;

    public static int BeginOf(EntityType type) => 1 + (4 * (int)type) + Begin;

    public static int InsideOf(EntityType type) => 1 + (4 * (int)type) + Inside;

    public static int LastOf(EntityType type) => 1 + (4 * (int)type) + Last;

    public static int UnitOf(EntityType type) => 1 + (4 * (int)type) + Unit;

    public static EntityType TypeOf(int label) => (EntityType)((label - 1) / 4);

    /// <summary>Whether the label opens an entity (its beginning or a unit).</summary>
    public static bool Opens(int label) => label != Outside && ((label - 1) % 4) is Begin or Unit;

    /// <summary>Whether the label closes an entity (its last word or a unit).</summary>
    public static bool Closes(int label) => label != Outside && ((label - 1) % 4) is Last or Unit;

    /// <summary>Whether a word labelled <paramref name="label"/> may follow one labelled <paramref name="previous"/>.</summary>
    /// <param name="previous">The label of the word before (<see cref="Outside"/> at the sentence's start).</param>
    /// <param name="label">The label considered.</param>
    /// <param name="isLast">Whether the word is the sentence's last, where an open entity must close.</param>
    public static bool Allows(int previous, int label, bool isLast)
    {
        var open = previous != Outside && ((previous - 1) % 4) is Begin or Inside;
        if (open)
        {
            var continues = label != Outside && TypeOf(label) == TypeOf(previous) && ((label - 1) % 4) is Inside or Last;
            return continues && (!isLast || ((label - 1) % 4) == Last);
        }

        return label == Outside || ((label - 1) % 4) == Unit || (((label - 1) % 4) == Begin && !isLast);
    }
}
