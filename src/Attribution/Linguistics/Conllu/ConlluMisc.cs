namespace Attribution.Linguistics.Conllu;

/// <summary>Reads the <c>Key=Value|Key=Value</c> lists of the MISC column.</summary>
internal static class ConlluMisc
{
    public static bool Has(string misc, string key, string value) => Get(misc, key) is { } found && found == value;

    /// <summary>The value of <paramref name="key"/> in <paramref name="misc"/>, or null when it is not there.</summary>
    public static string? Get(string misc, string key)
    {
        foreach (var range in misc.AsSpan().Split('|'))
        {
            var item = misc.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (item.Length > key.Length && item[key.Length] == '=' && item.StartsWith(key, StringComparison.Ordinal))
            {
                return item[(key.Length + 1)..].ToString();
            }
        }

        return null;
    }
}
