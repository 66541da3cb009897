using System.Collections.Frozen;
using System.Text;

namespace Attribution.People;

/// <summary>
/// Common given names from many languages and their usual gender, read from the table shipped inside the assembly
/// (<c>People/Data/first-names.tsv</c>). It tells whether an unknown capitalised word is likely a first name, and
/// which pronoun a person is likely to be referred to by when no honorific says.
/// </summary>
/// <remarks>
/// Lookups ignore case, so the table also answers for lower-case words: names such as May, Will, Mark or Grace are
/// ordinary words too, and a caller must check capitalisation and position itself.
/// </remarks>
internal sealed class FirstNames
{
    private const string ResourceName = "Attribution.first-names.tsv";

    // Lazy rather than a static initialiser: most runs that never resolve a pronoun should not pay for parsing the
    // table, and Lazy's default mode guarantees a single parse when several threads ask at once.
    private static readonly Lazy<FirstNames> Shared = new(Load);

    private readonly FrozenDictionary<string, Gender>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private FirstNames(FrozenDictionary<string, Gender> names)
    {
        Count = names.Count;
        lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FirstNames Default => Shared.Value;

    public int Count { get; }

    /// <summary>True when the name is in the table; <paramref name="gender"/> is Unknown for unisex names.</summary>
    public bool TryGetGender(ReadOnlySpan<char> name, out Gender gender) => lookup.TryGetValue(name, out gender);

    public bool Contains(ReadOnlySpan<char> name) => lookup.ContainsKey(name);

    private static FirstNames Load()
    {
        using var stream = typeof(FirstNames).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var names = new Dictionary<string, Gender>(capacity: 12_000, StringComparer.OrdinalIgnoreCase);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || tab != line.Length - 2)
            {
                throw Malformed(lineNumber, line);
            }

            var gender = line[^1] switch
            {
                'm' => Gender.Male,
                'f' => Gender.Female,
                'u' => Gender.Unknown,
                _ => throw Malformed(lineNumber, line),
            };

            // A duplicate would mean the generator's case-insensitive de-duplication was bypassed; failing loudly
            // beats silently keeping whichever gender came last.
            if (!names.TryAdd(line[..tab], gender))
            {
                throw Malformed(lineNumber, line);
            }
        }

        return new FirstNames(names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static InvalidDataException Malformed(int lineNumber, string line) =>
        new($"{ResourceName} line {lineNumber} is not 'name<TAB>m|f|u' or repeats a name: '{line}'.");
}
