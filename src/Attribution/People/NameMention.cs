using Attribution.Text;

namespace Attribution.People;

/// <summary>
/// A personal name in the text, with the titles written before it. <see cref="Span"/> covers titles and name
/// (<c>Foreign Secretary David Lammy</c>); <see cref="Name"/> is the name alone with any possessive dropped.
/// <see cref="Knighted"/> marks <c>Sir</c> and <c>Dame</c>, whose holders are also called by first name.
/// </summary>
internal readonly record struct NameMention(
    TextSpan Span,
    int FirstToken,
    int EndToken,
    string Name,
    string Surname,
    string? FirstName,
    int NameWords,
    string? Title,
    Gender Gender,
    bool Titled,
    bool Knighted,
    bool InsideQuote);
