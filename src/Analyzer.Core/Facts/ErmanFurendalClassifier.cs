using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// The decision table of criteria.md §6.3, evaluated in order with three-valued logic: the first step that holds
/// gives the class; a step that cannot be decided stops the walk, since a later answer could be wrong.
/// </summary>
public static class ErmanFurendalClassifier
{
    public const string OutsideFramework = "outside-framework";

    public static (string? Mode, string[] Missing) Classify(
        Proposal p, IssuerFacts issuer, DecisionFacts decisions, Known aiDecides, Known privateSoftLaw, Known authorizedGovernsByAi)
    {
        var direction = p.Direction;
        var aiSpecific = Known.Bool(p.Instrument?.AiSpecific, "instrument.aiSpecific");
        Known Dir(params string[] values) => Known.In(direction, "direction", values);

        (string Mode, Known When)[] steps =
        [
            ("illegitimate-outsourced-to-ai", aiDecides),
            ("illegitimate-private-soft-law", privateSoftLaw),
            ("illegitimate-authorized-by-ai", authorizedGovernsByAi),
            ("mode-5", Dir("by-ai") & issuer.Is("mandated") & decisions.AiOnlySupports()),
            ("mode-1", Dir("of-ai") & issuer.Is("authorized") & !aiSpecific),
            ("mode-2", Dir("of-ai") & issuer.Is("authorized") & aiSpecific),
            ("mode-3", Dir("of-ai") & issuer.Is("mandated") & !aiSpecific),
            ("mode-4", Dir("of-ai") & issuer.Is("mandated") & aiSpecific),
        ];
        foreach (var (mode, when) in steps)
        {
            if (when.Value is null)
            {
                return (null, when.Missing.Distinct().ToArray());
            }
            if (when.Value == true)
            {
                return (mode, []);
            }
        }
        return (OutsideFramework, []);
    }
}
