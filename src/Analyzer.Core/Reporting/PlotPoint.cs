using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Reporting;

/// <summary>
/// What the plot keeps of one scored proposal: its id and, per dimension, the score, the top of its range and the
/// verdict. A batch of any size is held as these few numbers, never as its results.
/// </summary>
public sealed record PlotPoint(string Id, PlotValue Legitimacy, PlotValue Feasibility)
{
    public static PlotPoint From(ProposalScore score) =>
        new(score.Assessment.Proposal.Id!, PlotValue.From(score.Legitimacy), PlotValue.From(score.Feasibility));
}

/// <summary>One dimension of a point: the range is [<see cref="Score"/>, <see cref="High"/>]; both null when nothing is judged.</summary>
public readonly record struct PlotValue(double? Score, double? High, Verdict Verdict)
{
    public static PlotValue From(DimensionScore dimension) => new(dimension.Score, dimension.High, dimension.Verdict);
}
