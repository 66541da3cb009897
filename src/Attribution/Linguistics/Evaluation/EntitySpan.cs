namespace Attribution.Linguistics.Evaluation;

/// <summary>A named entity over the words <c>[Start, End)</c> of a sentence.</summary>
internal readonly record struct EntitySpan(int Start, int End, EntityType Type);
