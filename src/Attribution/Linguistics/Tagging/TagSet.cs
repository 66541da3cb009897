namespace Attribution.Linguistics.Tagging;

/// <summary>
/// The tagger's classes: pairs of a universal tag and a Penn Treebank tag (<c>PROPN NNP</c>, <c>AUX VBZ</c>), as the
/// training treebanks combine them. Predicting the pair keeps the two tags consistent.
/// </summary>
internal sealed class TagSet
{
    private readonly Dictionary<(PartOfSpeech, string), int> classOf = [];

    public TagSet(IReadOnlyList<(PartOfSpeech Upos, string Xpos)> tags)
    {
        Tags = tags;
        for (var i = 0; i < tags.Count; i++)
        {
            classOf[tags[i]] = i;
        }
    }

    public IReadOnlyList<(PartOfSpeech Upos, string Xpos)> Tags { get; }

    public int Count => Tags.Count;

    /// <summary>The class of a pair, or -1 when the set does not hold it.</summary>
    public int ClassOf(PartOfSpeech upos, string xpos) => classOf.GetValueOrDefault((upos, xpos), -1);

    public void Write(BinaryWriter writer)
    {
        writer.Write(Tags.Count);
        foreach (var (upos, xpos) in Tags)
        {
            writer.Write((byte)upos);
            writer.Write(xpos);
        }
    }

    public static TagSet Read(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var tags = new (PartOfSpeech, string)[count];
        for (var i = 0; i < count; i++)
        {
            tags[i] = ((PartOfSpeech)reader.ReadByte(), string.Intern(reader.ReadString()));
        }

        return new TagSet(tags);
    }
}
