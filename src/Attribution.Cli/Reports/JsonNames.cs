using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Attribution.Cli.Reports;

/// <summary>
/// The names the library's JSON gives its enums (<c>speaker-after-quote</c>, <c>indirect</c>, <c>female</c>), read
/// from <see cref="AttributionJson"/> itself so that text, CSV and HTML reports say exactly what the JSON says.
/// </summary>
internal static class JsonNames
{
    private static readonly FrozenDictionary<QuoteKind, string> Kinds = NamesOf<QuoteKind>();
    private static readonly FrozenDictionary<AttributionRule, string> Rules = NamesOf<AttributionRule>();
    private static readonly FrozenDictionary<Gender, string> Genders = NamesOf<Gender>();
    private static readonly FrozenDictionary<PersonKind, string> PersonKinds = NamesOf<PersonKind>();

    public static string Of(QuoteKind kind) => Kinds[kind];

    public static string Of(AttributionRule rule) => Rules[rule];

    public static string Of(Gender gender) => Genders[gender];

    public static string Of(PersonKind kind) => PersonKinds[kind];

    private static FrozenDictionary<T, string> NamesOf<T>()
        where T : struct, Enum
    {
        var typeInfo = (JsonTypeInfo<T>)AttributionJson.Options.GetTypeInfo(typeof(T));
        return Enum.GetValues<T>().ToFrozenDictionary(value => value, value => JsonSerializer.Serialize(value, typeInfo).Trim('"'));
    }
}
