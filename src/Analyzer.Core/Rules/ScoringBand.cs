namespace Analyzer.Core.Rules;

/// <summary>A verdict given to a dimension score at or above <see cref="Min"/>.</summary>
public sealed record ScoringBand(Verdict Verdict, double Min);
