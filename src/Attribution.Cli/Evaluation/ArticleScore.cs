namespace Attribution.Cli.Evaluation;

/// <summary>An article's scores for both groups and the errors behind them.</summary>
internal sealed record ArticleScore(string Name, GroupScore Quoted, GroupScore Indirect, IReadOnlyList<Finding> Findings);
