using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// Accountability, revocation and oversight of mandated entities (EF-07 to EF-09), three-valued. Each traced mandated
/// entity must answer to, and be revocable by, an authorized entity of its own chain, directly or through a mandated
/// body that answers to the same authorized entities (a council answering to the assembly of its mandating states).
/// A private body holds no such power. An entity whose class is unknown may be a mandated one, so it counts too:
/// its checks are unknown.
/// </summary>
public sealed class MandateChecks(AuthorizationGraph graph)
{
    private readonly List<(Entity Entity, EntityTrace Trace)> _candidates = graph.Entities
        .Select(e => (Entity: e, Trace: graph.Trace(e.Id, "")))
        .Where(c => c.Trace.Class is EntityClass.Mandated or null)
        .OrderBy(c => c.Entity.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>Some entity is, or may be, a mandated one.</summary>
    public bool Any => _candidates.Count > 0;

    public Known Accountable(List<string> failing) =>
        Each(failing, (e, trace) => HeldInChain(e.AccountableTo, trace, Field(e, "accountableTo")));

    public Known Revocable(List<string> failing) =>
        Each(failing, (e, trace) => HeldInChain(e.RevocableBy, trace, Field(e, "revocableBy")));

    /// <summary>At least one means of oversight; <c>[]</c> and <c>[none]</c> state that there is none.</summary>
    public Known Transparent(List<string> failing) => Each(failing, (e, _) =>
        e.Transparency is null ? Known.Unknown(Field(e, "transparency"))
        : Known.Of(e.Transparency.Any(t => t != "none")));

    /// <summary>Whether one of the holders is an authorized or mandated entity sharing a root with the entity's chain.</summary>
    private Known HeldInChain(string[]? holders, EntityTrace entity, string field)
    {
        if (holders is null)
        {
            return Known.Unknown(field);
        }
        return Known.Any(holders.Select(id =>
        {
            var holder = graph.Trace(id, field);
            return holder.Class switch
            {
                null => Known.Unknown(holder.Missing),
                EntityClass.Authorized or EntityClass.Mandated => Known.Of(holder.Roots.Overlaps(entity.Roots)),
                _ => Known.False,
            };
        }));
    }

    private Known Each(List<string> failing, Func<Entity, EntityTrace, Known> check) => Known.All(_candidates.Select(c =>
    {
        if (c.Trace.Class is null)
        {
            // Maybe not a mandated entity at all, so nothing fails yet; what settles its class is what is missing.
            return Known.Unknown(c.Trace.Missing);
        }
        var result = check(c.Entity, c.Trace);
        if (result.Value == false)
        {
            failing.Add(c.Entity.Id!);
        }
        return result;
    }).ToList()); // every candidate is checked, so each failing one is named

    private static string Field(Entity e, string field) => $"entities[{e.Id}].{field}";
}
