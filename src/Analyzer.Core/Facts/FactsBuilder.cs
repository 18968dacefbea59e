using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>Derives a proposal's <see cref="Facts"/>: the authorization chain and the Erman and Furendal classification.</summary>
public static class FactsBuilder
{
    public static ProposalFacts Build(Proposal p)
    {
        var graph = new AuthorizationGraph(p);
        var decisions = new DecisionFacts(p, graph);
        var issuer = new IssuerFacts(p, graph);
        var mandates = new MandateChecks(graph);

        // An entity of unstated kind may be authorized or mandated, so its link is needed too.
        var claimants = graph.Entities.Where(e => e.Kind is "authorized" or "mandated" or null)
            .OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var chain = Known.All(claimants.Select(e => graph.Traces(e.Id!)));
        var issuerTraces = p.Issuer is null ? Known.Unknown("issuer") : graph.Traces(p.Issuer);
        var decisionMakersTrace = p.Decisions is null ? Known.Unknown("decisions") : Known.All(p.Decisions
            .Select(d => d.By is null ? Known.Unknown($"decisions[{d.Id}].by") : graph.Traces(d.By)));
        var authorityTraces = issuerTraces & decisionMakersTrace;
        List<string> unaccountable = [], irrevocable = [], opaque = [];
        var accountable = mandates.Accountable(unaccountable);
        var revocable = mandates.Revocable(irrevocable);
        var transparent = mandates.Transparent(opaque);

        var privateSoftLaw = issuer.Is("private")
            & Known.In(p.Instrument?.Kind, "instrument.kind", Vocabulary.SoftLawKinds)
            & !Known.In(p.Instrument?.Binding, "instrument.binding", "binding")
            & Known.In(p.Instrument?.Addressees, "instrument.addressees", "sector", "public");
        var aiDecides = issuer.Is("ai-system") | decisions.AiDecidesPolitically();
        var authorizedUsesAi = decisions.AuthorizedUsesAi();
        var authorizedGovernsByAi = Known.In(p.Direction, "direction", "by-ai", "both") & issuer.Is("authorized") & authorizedUsesAi;

        var facts = new Dictionary<string, Known>(StringComparer.Ordinal)
        {
            [nameof(ProposalFacts.AuthorityTracesToPublic)] = authorityTraces,
            [nameof(ProposalFacts.ChainComplete)] = chain,
            [nameof(ProposalFacts.MandatesAccountable)] = accountable,
            [nameof(ProposalFacts.MandatesRevocable)] = revocable,
            [nameof(ProposalFacts.MandatesTransparent)] = transparent,
            [nameof(ProposalFacts.AiDecidesPolitically)] = aiDecides,
            [nameof(ProposalFacts.PrivateSoftLaw)] = privateSoftLaw,
            [nameof(ProposalFacts.AuthorizedUsesAi)] = authorizedUsesAi,
            [nameof(ProposalFacts.AuthorizedGovernsByAi)] = authorizedGovernsByAi,
            [nameof(ProposalFacts.IssuerKind)] = issuer.Stated(),
            [nameof(ProposalFacts.GoalsSetByUnauthorized)] = decisions.GoalsSetByUnauthorized(),
        };
        var (mode, modeMissing) = ErmanFurendalClassifier.Classify(p, issuer, decisions, aiDecides, privateSoftLaw, authorizedGovernsByAi);
        var missing = facts.Where(f => f.Value.Value is null)
            .ToDictionary(f => f.Key, f => f.Value.Missing.Distinct().ToArray(), StringComparer.Ordinal);
        if (mode is null)
        {
            missing[nameof(ProposalFacts.EfMode)] = modeMissing;
        }

        return new ProposalFacts
        {
            IssuerKind = issuer.Kind,
            EfMode = mode,
            AuthorityTracesToPublic = authorityTraces.Value,
            ChainComplete = chain.Value,
            HasAuthorizedOrMandated = claimants.Count > 0,
            HasMandated = mandates.Any,
            MandatesAccountable = accountable.Value,
            MandatesRevocable = revocable.Value,
            MandatesTransparent = transparent.Value,
            AiDecidesPolitically = aiDecides.Value,
            PrivateSoftLaw = privateSoftLaw.Value,
            AuthorizedUsesAi = authorizedUsesAi.Value,
            AuthorizedGovernsByAi = authorizedGovernsByAi.Value,
            InstitutionModel = p.Institution?.Model,
            GoalsSetByUnauthorized = facts[nameof(ProposalFacts.GoalsSetByUnauthorized)].Value,
            ChainGaps = [.. graph.Gaps],
            UnaccountableEntities = [.. unaccountable],
            IrrevocableEntities = [.. irrevocable],
            OpaqueEntities = [.. opaque],
            Missing = missing,
        };
    }
}
