using Analyzer.Core.Diagnostics;

namespace Analyzer.Core.Proposals;

/// <summary>
/// The declared direction is a label; AI use is judged from the decisions (criteria.md §6.3 step B). When the label
/// contradicts the decisions the reader warns, so the author sees why a criterion reads the design differently.
/// </summary>
public static class DirectionCheck
{
    public static Diagnostic? Warn(string path, Proposal p, SourceMap map)
    {
        if (p.Direction is null || p.Decisions is null)
        {
            return null;
        }
        var aiKinds = (p.Entities ?? []).Where(e => e.Kind == "ai-system").Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var usingAi = p.Decisions.FirstOrDefault(d => d.Ai is "support" or "decides" || d.By is not null && aiKinds.Contains(d.By));
        if (p.Direction == "of-ai" && usingAi is not null)
        {
            return Problems.DirectionHidesAiUse(path, map.At("direction"), usingAi.Id ?? "?", usingAi.Ai ?? "an AI system decides");
        }
        var everyDecisionWithoutAi = p.Decisions.Length > 0 && p.Decisions.All(d => d.Ai == "none" && d.By is not null && !aiKinds.Contains(d.By));
        if (p.Direction is "by-ai" or "both" && everyDecisionWithoutAi)
        {
            return Problems.DirectionClaimsAiUse(path, map.At("direction"), p.Direction);
        }
        return null;
    }
}
