namespace Attribution.Linguistics;

/// <summary>A sentence of the linguistic layer: its words <c>[FirstWord, EndWord)</c> and its paragraph.</summary>
internal readonly record struct WordRange(int FirstWord, int EndWord, int Paragraph)
{
    public int Length => EndWord - FirstWord;
}
