using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>Derives a proposal's <see cref="ProposalFacts"/>: the traced chain, AI use, and the Erman and Furendal classes.</summary>
public static class FactsBuilder
{
    private static readonly string[] BeyondIssuer = ["members", "sector", "public"];

    public static ProposalFacts Build(Proposal p)
    {
        var graph = new AuthorizationGraph(p);
        var decisions = new DecisionFacts(p, graph);
        var mandates = new MandateChecks(graph);
        var issuer = graph.Trace(p.Issuer, "issuer");

        // Entities that declare a class of the chain (or may: their kind is unstated) must trace to it (EF-06).
        var claimants = graph.Entities.Where(e => e.Kind is null || e.ClaimsChainClass())
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var chain = Known.All(claimants.Select(e =>
        {
            var trace = graph.Trace(e.Id, "");
            return e.Kind is null ? Known.Unknown($"entities[{e.Id}].kind")
                : trace.Class is null ? Known.Unknown(trace.Missing)
                : Known.Of(trace.Class == e.Declared());
        }));

        // EF-02: claiming public authority commits the design to the democratic minimum for every decision-maker.
        var claims = Claims(graph, p.Issuer, "issuer") | (p.Decisions is null ? Known.Unknown("decisions")
            : Known.Any(p.Decisions.Select(d => Claims(graph, d.By, $"decisions[{d.Id}].by"))));
        var untraced = new List<string>();
        var traces = Known.All([
            Traced(issuer, p.Issuer, untraced),
            .. p.Decisions is null ? [Known.Unknown("decisions")]
                : p.Decisions.Select(d => Traced(graph.Trace(d.By, $"decisions[{d.Id}].by"), d.By, untraced)),
        ]);
        var democraticMinimum = !claims | traces;

        List<string> unaccountable = [], irrevocable = [], opaque = [];
        var accountable = mandates.Accountable(unaccountable);
        var revocable = mandates.Revocable(irrevocable);
        var transparent = mandates.Transparent(opaque);

        List<string> outsourcedDecisions = [], authorizedAi = [], unmandatedAi = [], goalSetting = [];
        var outsourced = issuer.Is(EntityClass.AiSystem) | decisions.Outsourced(outsourcedDecisions);
        var usesAi = issuer.Is(EntityClass.AiSystem) | decisions.UsesAi();
        var authorizedUsesAi = decisions.AuthorizedUsesAi(authorizedAi);
        var underMandate = decisions.AiUseUnderMandate(unmandatedAi);
        var goals = decisions.GoalsSetWithoutAuthorization(goalSetting);
        var privateSoftLaw = issuer.Is(EntityClass.Private)
            & !Known.In(p.Instrument?.Binding, "instrument.binding", "binding")
            & Known.In(p.Instrument?.Addressees, "instrument.addressees", BeyondIssuer);

        var international = ReachFacts.International(p);

        var (mode, outside, modeMissing) = ErmanFurendalClassifier.Classify(new()
        {
            Proposal = p,
            Issuer = issuer,
            Decisions = decisions,
            PrivateSoftLaw = privateSoftLaw,
            UsesAi = usesAi,
            Outsourced = outsourced,
            AuthorizedUsesAi = authorizedUsesAi,
            AiUseUnderMandate = underMandate,
        });

        var facts = new Dictionary<string, Known>(StringComparer.Ordinal)
        {
            [nameof(ProposalFacts.IssuerKind)] = issuer.Class is null ? Known.Unknown(issuer.Missing) : Known.True,
            [nameof(ProposalFacts.ClaimsPublicAuthority)] = claims,
            [nameof(ProposalFacts.DemocraticMinimum)] = democraticMinimum,
            [nameof(ProposalFacts.ChainComplete)] = chain,
            [nameof(ProposalFacts.MandatesAccountable)] = accountable,
            [nameof(ProposalFacts.MandatesRevocable)] = revocable,
            [nameof(ProposalFacts.MandatesTransparent)] = transparent,
            [nameof(ProposalFacts.UsesAi)] = usesAi,
            [nameof(ProposalFacts.DecisionsOutsourcedToAi)] = outsourced,
            [nameof(ProposalFacts.AuthorizedUsesAi)] = authorizedUsesAi,
            [nameof(ProposalFacts.AiUseUnderMandate)] = underMandate,
            [nameof(ProposalFacts.PrivateSoftLaw)] = privateSoftLaw,
            [nameof(ProposalFacts.GoalsSetWithoutAuthorization)] = goals,
            [nameof(ProposalFacts.International)] = international,
        };
        var missing = facts.Where(f => f.Value.Value is null)
            .ToDictionary(f => f.Key, f => f.Value.Missing.Distinct().ToArray(), StringComparer.Ordinal);
        if (mode is null)
        {
            missing[nameof(ProposalFacts.EfMode)] = modeMissing;
        }

        return new ProposalFacts
        {
            IssuerKind = issuer.Class?.Name(),
            EfMode = mode,
            OutsideFramework = outside,
            ClaimsPublicAuthority = claims.Value,
            DemocraticMinimum = democraticMinimum.Value,
            ChainComplete = chain.Value,
            HasAuthorizedOrMandated = claimants.Count > 0,
            HasMandated = mandates.Any,
            MandatesAccountable = accountable.Value,
            MandatesRevocable = revocable.Value,
            MandatesTransparent = transparent.Value,
            UsesAi = usesAi.Value,
            DecisionsOutsourcedToAi = outsourced.Value,
            AuthorizedUsesAi = authorizedUsesAi.Value,
            AiUseUnderMandate = underMandate.Value,
            PrivateSoftLaw = privateSoftLaw.Value,
            GoalsSetWithoutAuthorization = goals.Value,
            International = international.Value,
            InstitutionModel = p.Institution?.Model,
            ChainGaps = [.. graph.Gaps],
            UntracedAuthority = [.. untraced.Distinct().Order(StringComparer.Ordinal)],
            UnaccountableEntities = [.. unaccountable],
            IrrevocableEntities = [.. irrevocable],
            OpaqueEntities = [.. opaque],
            OutsourcedDecisions = [.. outsourcedDecisions],
            AuthorizedAiDecisions = [.. authorizedAi],
            UnmandatedAiDecisions = [.. unmandatedAi],
            UnauthorizedGoalSetting = [.. goalSetting],
            Missing = missing,
        };
    }

    /// <summary>The entity declares a class of the chain, and so claims public authority; unknown when its kind is unstated.</summary>
    private static Known Claims(AuthorizationGraph graph, string? id, string field)
    {
        if (id is null)
        {
            return Known.Unknown(field);
        }
        var entity = graph.Find(id);
        return entity?.Kind is null ? Known.Unknown($"entities[{id}].kind") : Known.Of(entity.ClaimsChainClass());
    }

    private static Known Traced(EntityTrace trace, string? id, List<string> untraced)
    {
        var result = trace.TracesToPublic;
        if (result.Value == false && id is not null)
        {
            untraced.Add(id);
        }
        return result;
    }
}
