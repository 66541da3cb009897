namespace Attribution;

/// <summary>The kinds of named entity the entity recogniser finds.</summary>
public enum EntityType : byte
{
    /// <summary>A person: <c>David Lammy</c>.</summary>
    Person,

    /// <summary>An organisation: a company, agency, party, team or outlet (<c>Foreign Office</c>, <c>Reuters</c>).</summary>
    Organization,

    /// <summary>A place: a country, city, region or landmark (<c>Paris</c>, <c>the Gaza Strip</c>).</summary>
    Place,
}
