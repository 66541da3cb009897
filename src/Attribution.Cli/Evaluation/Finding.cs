namespace Attribution.Cli.Evaluation;

/// <summary>One error the verbose report lists: a missed, spurious or mis-attributed quotation.</summary>
internal sealed record Finding(FindingKind Kind, string Text, string? Expected, string? Predicted, string? Rule);

internal enum FindingKind
{
    Missed,
    Spurious,
    WrongSpeaker,
}
