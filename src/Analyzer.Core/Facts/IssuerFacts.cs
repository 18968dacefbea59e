using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>What the proposal says about its issuing entity.</summary>
public sealed class IssuerFacts(Proposal proposal, AuthorizationGraph graph)
{
    public string? Kind { get; } = graph.KindOf(proposal.Issuer);

    /// <summary>Known when the issuer and its kind are stated; otherwise names the field that is missing.</summary>
    public Known Stated() =>
        proposal.Issuer is null ? Known.Unknown("issuer")
        : Kind is null ? Known.Unknown($"entities[{proposal.Issuer}].kind")
        : Known.True;

    public Known Is(string kind) => Stated() is { Value: null } unknown ? unknown : Known.Of(Kind == kind);
}
