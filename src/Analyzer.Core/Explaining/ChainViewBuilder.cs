using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// Draws the chain a proposal states as a forest. The publics are the roots; an entity hangs under the public that
/// authorizes it or under its first mandator that some stated link connects to a public, and is only named under its
/// other mandators. Entities no stated link connects to a public form a forest of their own. Classes come from the facts
/// (traced, never the declared kind), marks from the criteria's results (<see cref="ChainMarks"/>).
/// </summary>
public static class ChainViewBuilder
{
    public static ChainView Build(Assessment assessment, RulePack pack)
    {
        var proposal = assessment.Proposal;
        var graph = new AuthorizationGraph(proposal);
        var entities = (proposal.Entities ?? []).Where(e => e.Id is not null)
            .Select((e, i) => new ChainEntity(e, i, graph.Trace(e.Id, ""), e.Id == proposal.Issuer))
            .ToList();
        // Duplicate ids are rejected by the validator; the first one wins here, as in the facts.
        var byId = entities.DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var decisions = (proposal.Decisions ?? [])
            .Select((d, i) => new ChainDecision(d, i, d.By is null ? null : byId.GetValueOrDefault(d.By)))
            .ToList();

        var reached = Reach(entities, byId);
        Place(entities, byId, reached);
        foreach (var d in decisions.Where(d => d.Maker is not null))
        {
            d.Maker!._branches.Add(new DecisionBranch(d));
        }
        // Decisions first, then the entities hung or named here, each group in document order.
        foreach (var e in entities)
        {
            var ordered = e._branches.OrderBy(b => b is DecisionBranch ? 0 : 1)
                .ThenBy(b => b switch
                {
                    DecisionBranch d => d.Decision.Index,
                    EntityBranch c => c.Entity.Index,
                    ReferenceBranch r => r.Entity.Index,
                    _ => 0,
                }).ToList();
            e._branches.Clear();
            e._branches.AddRange(ordered);
        }

        var publicRoots = entities.Where(e => IsPublic(e.Entity)).ToList();
        var untracedRoots = entities.Where(e => !e.Reached && e.Parent is null).ToList();
        // A loop of links (which the validator rejects) hangs from no root: cut it at its first entity, so nothing is lost.
        var drawn = Drawn(publicRoots.Concat(untracedRoots));
        foreach (var e in entities.Where(e => !drawn.Contains(e)))
        {
            e.Parent?._branches.RemoveAll(b => b is EntityBranch c && c.Entity == e);
            e.Parent = null;
            e.UnderPublic = false;
            untracedRoots.Add(e);
            drawn.UnionWith(Drawn([e]));
        }

        var key = ChainMarks.Apply(assessment, entities, decisions);
        return new ChainView
        {
            ProposalId = proposal.Id ?? "",
            Title = proposal.Title ?? "",
            EntitiesStated = proposal.Entities is not null,
            DecisionsStated = proposal.Decisions is not null,
            Entities = entities,
            Decisions = decisions,
            PublicRoots = publicRoots,
            UntracedRoots = untracedRoots,
            DecisionsWithoutMaker = [.. decisions.Where(d => d.Maker is null)],
            Key = key,
            Classifications = PaperClassifications.Of(assessment, pack),
        };
    }

    private static bool IsPublic(Proposals.Entity e) => e.Declared() == EntityClass.Public;

    /// <summary>
    /// The stated links an entity hangs by, in the order they are stated: the public that authorizes it, then its
    /// mandators. A public is a root and hangs by nothing; an <c>authorizedBy</c> that names no public is a broken link,
    /// marked on the entity (EF-06), not drawn.
    /// </summary>
    private static IEnumerable<ChainEntity> Links(ChainEntity e, Dictionary<string, ChainEntity> byId)
    {
        if (IsPublic(e.Entity))
        {
            yield break;
        }
        if (e.Entity.AuthorizedBy is { } grantor && byId.TryGetValue(grantor, out var g) && IsPublic(g.Entity))
        {
            yield return g;
        }
        foreach (var id in e.Entity.MandatedBy ?? [])
        {
            if (byId.TryGetValue(id, out var m) && m != e)
            {
                yield return m;
            }
        }
    }

    /// <summary>The entities a stated link connects to a public, found breadth first from the publics (no recursion).</summary>
    private static HashSet<ChainEntity> Reach(List<ChainEntity> entities, Dictionary<string, ChainEntity> byId)
    {
        var linkedFrom = new Dictionary<ChainEntity, List<ChainEntity>>();
        foreach (var e in entities)
        {
            foreach (var parent in Links(e, byId))
            {
                if (!linkedFrom.TryGetValue(parent, out var children))
                {
                    linkedFrom[parent] = children = [];
                }
                children.Add(e);
            }
        }
        var reached = new HashSet<ChainEntity>();
        var queue = new Queue<ChainEntity>(entities.Where(e => IsPublic(e.Entity)));
        while (queue.TryDequeue(out var e))
        {
            if (reached.Add(e))
            {
                foreach (var child in linkedFrom.GetValueOrDefault(e) ?? [])
                {
                    queue.Enqueue(child);
                }
            }
        }
        foreach (var e in reached)
        {
            e.Reached = true;
        }
        return reached;
    }

    /// <summary>
    /// Hangs each entity under its first link that is reached (or, for an entity nothing reaches, its first link), and
    /// names it under its other mandators. The links form no loop once the validator has checked the mandates, since a
    /// public hangs by nothing; a loop that slips through is drawn from its first entity (see <see cref="Build"/>).
    /// </summary>
    private static void Place(List<ChainEntity> entities, Dictionary<string, ChainEntity> byId, HashSet<ChainEntity> reached)
    {
        foreach (var e in entities)
        {
            var links = Links(e, byId).Distinct().ToList();
            var home = e.Reached ? links.FirstOrDefault(reached.Contains) : links.FirstOrDefault();
            if (home is null)
            {
                continue;
            }
            e.Parent = home;
            e.UnderPublic = home.Id == e.Entity.AuthorizedBy && IsPublic(home.Entity);
            home._branches.Add(new EntityBranch(e));
            foreach (var other in links.Where(l => l != home && !IsPublic(l.Entity)))
            {
                e._otherMandators.Add(other);
                other._branches.Add(new ReferenceBranch(e));
            }
        }
    }

    /// <summary>Every entity drawn from these roots, walked with an explicit stack so a long chain cannot overflow it.</summary>
    private static HashSet<ChainEntity> Drawn(IEnumerable<ChainEntity> roots)
    {
        var drawn = new HashSet<ChainEntity>();
        var stack = new Stack<ChainEntity>(roots);
        while (stack.TryPop(out var e))
        {
            if (drawn.Add(e))
            {
                foreach (var child in e._branches.OfType<EntityBranch>())
                {
                    stack.Push(child.Entity);
                }
            }
        }
        return drawn;
    }
}
