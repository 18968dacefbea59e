using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// The chain of authority a proposal states: public -> authorized entity -> mandated entity.
/// Walks it to tell, for each entity, whether its authority traces back to a public and which link is missing.
/// </summary>
public sealed class AuthorizationGraph
{
    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Known> _traces = new(StringComparer.Ordinal);
    private readonly List<string> _gaps = [];

    public AuthorizationGraph(Proposal proposal)
    {
        foreach (var entity in proposal.Entities ?? [])
        {
            if (entity.Id is not null)
            {
                _byId.TryAdd(entity.Id, entity);
            }
        }
    }

    public IReadOnlyCollection<Entity> Entities => _byId.Values;

    /// <summary>The links found missing, as <c>entity.field</c>: <c>agency.mandatedBy</c>, <c>firm.kind</c>.</summary>
    public IReadOnlyList<string> Gaps => _gaps;

    public Entity? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    public string? KindOf(string? id) => Find(id)?.Kind;

    /// <summary>Whether the entity's authority traces back to a public; gaps found on the way are recorded once.</summary>
    public Known Traces(string id) => Traces(id, []);

    /// <summary>
    /// The entities that (transitively) mandated this one, and the fields that, were they stated, could add more:
    /// a mandated (or unclassified) entity on the way whose own mandators are not stated.
    /// </summary>
    public (HashSet<string> Ids, List<string> Unstated) Ancestors(Entity entity)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unstated = new List<string>();
        var queue = new Queue<Entity>([entity]);
        while (queue.TryDequeue(out var current))
        {
            if (current.MandatedBy is null)
            {
                if (current.Kind is "mandated" or null)
                {
                    unstated.Add($"entities[{current.Id}].mandatedBy");
                }
                continue;
            }
            foreach (var id in current.MandatedBy)
            {
                if (seen.Add(id) && Find(id) is { } parent)
                {
                    queue.Enqueue(parent);
                }
            }
        }
        return (seen, unstated);
    }

    private Known Traces(string id, HashSet<string> visiting)
    {
        if (_traces.TryGetValue(id, out var known))
        {
            return known;
        }
        if (!visiting.Add(id))
        {
            return Known.False; // cycles are reported by the validator; here they simply do not trace
        }
        var result = Compute(_byId[id], visiting);
        _traces[id] = result;
        return result;
    }

    private Known Compute(Entity e, HashSet<string> visiting)
    {
        var at = $"entities[{e.Id}]";
        switch (e.Kind)
        {
            case null:
                return Known.Unknown($"{at}.kind");
            case "public":
                return Known.True;
            case "authorized":
                if (e.AuthorizedBy is null)
                {
                    return Known.Unknown($"{at}.authorizedBy");
                }
                return KindOf(e.AuthorizedBy) switch
                {
                    "public" => Known.True,
                    null when Find(e.AuthorizedBy) is not null => Known.Unknown($"entities[{e.AuthorizedBy}].kind"),
                    _ => Gap($"{e.Id}.authorizedBy"),
                };
            case "mandated":
                if (e.MandatedBy is null)
                {
                    return Known.Unknown($"{at}.mandatedBy");
                }
                var mandators = e.MandatedBy
                    .Where(m => KindOf(m) is "authorized" or "mandated" || KindOf(m) is null)
                    .Select(m => Find(m) is null ? Known.False : Traces(m, visiting))
                    .ToList();
                var traced = Known.Any(mandators);
                return traced.Value == false ? Gap($"{e.Id}.mandatedBy") : traced;
            default:
                // A private body or an AI system holds no public mandate of its own.
                return Gap($"{e.Id}.kind");
        }
    }

    private Known Gap(string gap)
    {
        if (!_gaps.Contains(gap))
        {
            _gaps.Add(gap);
        }
        return Known.False;
    }
}
