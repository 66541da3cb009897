namespace Attribution.Cli.Evaluation;

/// <summary>One error the verbose report lists: a missed, spurious or mis-attributed quotation.</summary>
/// <param name="Indirect">Whether it belongs to the indirect group, which the report marks so the two groups' errors can be told apart.</param>
internal sealed record Finding(FindingKind Kind, string Text, string? Expected, string? Predicted, string? Rule, bool Indirect = false);

internal enum FindingKind
{
    Missed,
    Spurious,
    WrongSpeaker,
}
