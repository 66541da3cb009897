using Attribution.Text;

namespace Attribution.Speakers;

/// <summary>
/// The decision for each quotation, by its index, or none. Kept only for the quotations that have one: a text of
/// nothing but quotation marks holds a quotation every few characters and a speaker for none of them, and an array
/// of a decision per quotation was most of what such a text cost.
/// </summary>
internal sealed class Decisions(int count)
{
    private readonly Dictionary<int, Decision> decided = [];
    private int reserved;

    /// <summary>How many quotations there are, decided or not.</summary>
    public int Count { get; } = count;

    /// <summary>How many quotations have a decision.</summary>
    public int MadeCount => decided.Count;

    public Decision? this[int quote]
    {
        get => decided.TryGetValue(quote, out var decision) ? decision : null;
        set
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)quote, (uint)Count, nameof(quote));
            if (value is { } decision)
            {
                decided[quote] = decision;
            }
            else
            {
                decided.Remove(quote);
            }
        }
    }

    /// <summary>
    /// Makes room, in one step, for the decisions still to come at the rate so far, <paramref name="done"/>
    /// quotations in (see <see cref="Growth.Projected"/>): a text of attributed quotations one after another would
    /// otherwise pay for every smaller table on the way up.
    /// </summary>
    public void Anticipate(int done)
    {
        var capacity = Growth.Projected(decided.Count, decided.Count, done, Count, reserved);
        if (capacity > 0)
        {
            reserved = decided.EnsureCapacity(capacity);
        }
    }
}
