namespace Analyzer.Core.Rules;

/// <summary>What a criterion bears on: one of the two scored dimensions, or a classification that labels the proposal.</summary>
public enum Dimension
{
    Legitimacy,
    Feasibility,
    Classification,
}

/// <summary>Whether a criterion not met fails its dimension whatever the score, or only weighs in it.</summary>
public enum Necessity
{
    Necessary,
    Contributory,
}

/// <summary>A dimension's verdict: a band of the pack, or what overrides the bands.</summary>
public enum Verdict
{
    Strong,
    Moderate,
    Weak,
    Undetermined,
    FailsNecessary,
}
