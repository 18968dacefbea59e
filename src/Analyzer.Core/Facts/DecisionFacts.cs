using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>What the proposal's decisions say about who decides, at what level, and with what role for AI.</summary>
public sealed class DecisionFacts(Proposal proposal, AuthorizationGraph graph)
{
    private static readonly string[] PoliticalLevels = ["goal-setting", "lawmaking", "policy"];

    public Known AiDecidesPolitically() =>
        Any(d => (ByKind(d, "ai-system") | Ai(d, "decides")) & Known.In(d.Level, Field(d, "level"), PoliticalLevels));

    public Known AuthorizedUsesAi() => Any(d => ByKind(d, "authorized") & Ai(d, "support", "decides"));

    /// <summary>AI assists but decides nothing: every decision is human, and at least one uses AI support.</summary>
    public Known AiOnlySupports() => All(d => !Ai(d, "decides")) & Any(d => Ai(d, "support"));

    public Known GoalsSetByUnauthorized() =>
        Any(d => Known.In(d.Level, Field(d, "level"), "goal-setting") & !ByKind(d, "authorized"));

    private Known Any(Func<Decision, Known> test) =>
        proposal.Decisions is null ? Known.Unknown("decisions") : Known.Any(proposal.Decisions.Select(test));

    private Known All(Func<Decision, Known> test) =>
        proposal.Decisions is null ? Known.Unknown("decisions") : Known.All(proposal.Decisions.Select(test));

    private static Known Ai(Decision d, params string[] roles) => Known.In(d.Ai, Field(d, "ai"), roles);

    private Known ByKind(Decision d, string kind) =>
        d.By is null ? Known.Unknown(Field(d, "by"))
        : graph.KindOf(d.By) is { } k ? Known.Of(k == kind)
        : Known.Unknown($"entities[{d.By}].kind");

    private static string Field(Decision d, string field) => $"decisions[{d.Id ?? "?"}].{field}";
}
