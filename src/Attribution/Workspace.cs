using Attribution.People;
using Attribution.Quotes;
using Attribution.Speakers;
using Attribution.Text;

namespace Attribution;

/// <summary>
/// The collections one attribution fills and throws away, kept per thread and cleared between calls. An article of
/// a few kilobytes used to allocate several times its size in lists, sets and dictionaries that only lived for the
/// call; reusing them leaves mostly the result itself to allocate. Nothing in here may reach the result: the result's
/// lists, records and strings are always new (pooled strings are immutable, so sharing them is safe).
/// </summary>
internal sealed class Workspace
{
    // A call on a huge text grows these; past this many items they are dropped rather than kept for the thread, so
    // a thread holds at most about a megabyte between calls. Articles up to a few hundred kilobytes stay under it.
    private const int MaxKeptItems = 8192;

    // News reports about one clause of speech in a hundred tokens.
    private const int TokensPerReportedClause = 100;

    [ThreadStatic]
    private static Workspace? cached;

    public StringPool Strings { get; } = new();

    public List<QuoteSpan> Quotes { get; } = [];

    public List<NameMention> Mentions { get; } = [];

    public HashSet<int> UsedCues { get; } = [];

    public List<(TextSpan Content, QuoteKind Kind, Decision Decision)> Extra { get; } = [];

    /// <summary>This thread's workspace, or a new one when it is in use (a nested call) or was dropped.</summary>
    public static Workspace Rent()
    {
        var workspace = cached ?? new Workspace();
        cached = null;
        return workspace;
    }

    /// <summary>
    /// Sizes the lists for a text of <paramref name="tokens"/> tokens at the rates news prints quotations, names and
    /// reported clauses, so a fresh or smaller workspace grows once instead of doubling its way up. Quotations and
    /// names only for the first tokens: their finders size the lists for the rest from the rate they see
    /// (<see cref="Growth"/>), since a text that is not news can hold far more of one and none of the other.
    /// </summary>
    public void Reserve(int tokens)
    {
        var firstTokens = Math.Min(tokens, Growth.ProjectEvery);
        Quotes.EnsureCapacity(firstTokens / QuoteFinder.TokensPerQuote + 4);
        Mentions.EnsureCapacity(firstTokens / MentionFinder.TokensPerMention + 4);
        Extra.EnsureCapacity(tokens / TokensPerReportedClause + 4);
    }

    public void Return()
    {
        // Capacity, not count: a long text with few names still had its lists sized for its length by Reserve.
        if (Quotes.Capacity > MaxKeptItems || Mentions.Capacity > MaxKeptItems || Extra.Capacity > MaxKeptItems ||
            Strings.Count > MaxKeptItems || UsedCues.Count > MaxKeptItems)
        {
            return;
        }

        Strings.Clear();
        Quotes.Clear();
        Mentions.Clear();
        UsedCues.Clear();
        Extra.Clear();
        cached = this;
    }
}
