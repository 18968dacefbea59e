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
        var mandated = graph.Entities.Where(e => e.Kind == "mandated").OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        var chain = Known.All(graph.Entities
            .Where(e => e.Kind is "authorized" or "mandated")
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => graph.Traces(e.Id!)));
        // Without decisions only the issuer can be judged; a missing decision list is EF-01's question, not this one's.
        var authorityTraces = (p.Issuer is null ? Known.Unknown("issuer") : graph.Traces(p.Issuer))
            & Known.All((p.Decisions ?? [])
                .Select(d => d.By).OfType<string>().Distinct().Order(StringComparer.Ordinal)
                .Where(id => graph.Find(id) is not null)
                .Select(graph.Traces));
        List<string> unaccountable = [], irrevocable = [], opaque = [];
        var accountable = Known.All(mandated.Select(e => Check(e, "accountableTo", e.AccountableTo,
            to => to.Intersect(e.MandatedBy ?? []).Any(), unaccountable)));
        var revocable = Known.All(mandated.Select(e => Check(e, "revocableBy", e.RevocableBy,
            by => by.Intersect(graph.Ancestors(e)).Any(), irrevocable)));
        var transparent = Known.All(mandated.Select(e => Check(e, "transparency", e.Transparency,
            t => t.Length > 0, opaque)));

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
            HasAuthorizedOrMandated = graph.Entities.Any(e => e.Kind is "authorized" or "mandated"),
            HasMandated = mandated.Count > 0,
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

    private static Known Check(Entity e, string field, string[]? value, Func<string[], bool> holds, List<string> failing)
    {
        if (value is null)
        {
            return Known.Unknown($"entities[{e.Id}].{field}");
        }
        if (holds(value))
        {
            return Known.True;
        }
        failing.Add(e.Id!);
        return Known.False;
    }
}
