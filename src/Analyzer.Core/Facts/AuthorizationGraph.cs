using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// The chain of authority a proposal states, public -> authorized -> mandated, traced rather than taken at its
/// word (criteria.md §6.3 step A): an entity is authorized only if a public grants its authority by a democratic act,
/// and mandated only if every mandate it holds comes from traced authorized or mandated entities. A declared class
/// the links do not support is recorded as a gap and the entity is classed as what it traces to. A link that is not
/// stated leaves the class unknown, never guessed.
/// </summary>
public sealed class AuthorizationGraph
{
    /// <summary>Ways a public can grant authority that count as democratic; <c>appointment</c> and <c>none</c> do not.</summary>
    private static readonly string[] DemocraticActs = ["election", "ratification", "statute", "membership"];

    private readonly Dictionary<string, Entity> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityTrace> _traces = new(StringComparer.Ordinal);
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
        // Trace everything up front, in id order, so the gaps found do not depend on which entity is asked about first.
        foreach (var id in _byId.Keys.Order(StringComparer.Ordinal).ToList())
        {
            Trace(id, "");
        }
        _gaps.Sort(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Entity> Entities => _byId.Values;

    /// <summary>
    /// The links that fail the class an entity declares, language-neutral: <c>agency.mandatedBy -> board (private)</c>,
    /// <c>parliament.authorization = none</c>, in ordinal order.
    /// </summary>
    public IReadOnlyList<string> Gaps => _gaps;

    public Entity? Find(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The traced class of an entity; a missing id (which the validator reports) is unknown.</summary>
    public EntityTrace Trace(string? id, string field)
    {
        if (id is null)
        {
            return EntityTrace.Unknown(field);
        }
        if (!_byId.ContainsKey(id))
        {
            return EntityTrace.Unknown($"entities[{id}]");
        }
        if (!_traces.TryGetValue(id, out var trace))
        {
            TraceFrom(id);
            trace = _traces[id];
        }
        return trace;
    }

    /// <summary>
    /// Traces an entity and everything it depends on, depth first with an explicit stack, so a chain thousands of
    /// mandates long cannot overflow the call stack. A mandate that loops back (the validator rejects cycles) does not trace.
    /// </summary>
    // One walk's working sets, kept for the next walk (each entity starts one): empty again whenever a walk ends.
    private readonly HashSet<string> _open = new(StringComparer.Ordinal);
    private readonly Stack<(Entity Entity, bool Expanded)> _stack = new();

    private void TraceFrom(string start)
    {
        var open = _open;
        var stack = _stack;
        stack.Push((_byId[start], false));
        while (stack.TryPop(out var top))
        {
            var (entity, expanded) = top;
            var id = entity.Id!;
            if (_traces.ContainsKey(id))
            {
                continue;
            }
            if (expanded)
            {
                _traces[id] = Compute(entity);
                open.Remove(id);
                continue;
            }
            open.Add(id);
            stack.Push((entity, true));
            foreach (var mandator in Mandators(entity))
            {
                if (!_traces.ContainsKey(mandator) && !open.Contains(mandator) && _byId.TryGetValue(mandator, out var next))
                {
                    stack.Push((next, false));
                }
            }
        }
    }

    /// <summary>The entities whose class this one's depends on: its mandators, unless its kind settles it alone.</summary>
    private static string[] Mandators(Entity e) =>
        e.Declared() is EntityClass.Public or EntityClass.AiSystem or null ? [] : e.MandatedBy ?? [];

    /// <summary>Classes one entity; every mandator is already traced, or open on the stack (a cycle).</summary>
    private EntityTrace Compute(Entity e)
    {
        var at = $"entities[{e.Id}]";
        switch (e.Declared())
        {
            case null:
                return EntityTrace.Unknown($"{at}.kind");
            case EntityClass.Public:
                return EntityTrace.Of(EntityClass.Public);
            case EntityClass.AiSystem:
                return EntityTrace.Of(EntityClass.AiSystem);
            case EntityClass.Authorized:
                var granted = GrantedByPublic(e, out var authorizationGap);
                if (granted.Value == true)
                {
                    return new EntityTrace(EntityClass.Authorized, [], new HashSet<string>(StringComparer.Ordinal) { e.Id! });
                }
                if (granted.Value is null)
                {
                    return EntityTrace.Unknown(granted.Missing);
                }
                Gap(authorizationGap!);
                // Not authorized; it may still hold a mandate from entities that are.
                return e.MandatedBy is null ? EntityTrace.Of(EntityClass.Private) : UnderMandate(e, out _);
            case EntityClass.Mandated:
                var mandated = UnderMandate(e, out var mandateGap);
                if (mandateGap is not null)
                {
                    Gap(mandateGap);
                }
                return mandated;
            default:
                if (e.MandatedBy is null)
                {
                    return EntityTrace.Of(EntityClass.Private);
                }
                // A private body acting under a public mandate its mandators can revoke is mandated for what it does under it.
                var revocable = e.RevocableBy is null ? Known.Unknown($"{at}.revocableBy")
                    : Known.Of(e.RevocableBy.Intersect(e.MandatedBy, StringComparer.Ordinal).Any());
                var underMandate = UnderMandate(e, out _);
                var holds = underMandate.Is(EntityClass.Mandated) & revocable;
                return holds.Value == true ? underMandate
                    : holds.Value == false ? EntityTrace.Of(EntityClass.Private)
                    : EntityTrace.Unknown(holds.Missing);
        }
    }

    /// <summary>A public grants the entity its authority by a democratic act.</summary>
    private Known GrantedByPublic(Entity e, out string? gap)
    {
        gap = null;
        var at = $"entities[{e.Id}]";
        var grantor = Find(e.AuthorizedBy);
        var byPublic = e.AuthorizedBy is null ? Known.Unknown($"{at}.authorizedBy")
            : grantor is null ? Known.False
            : grantor.Kind is null ? Known.Unknown($"entities[{grantor.Id}].kind")
            : Known.Of(grantor.Declared() == EntityClass.Public);
        var democratic = Known.In(e.Authorization, $"{at}.authorization", DemocraticActs);
        if (byPublic.Value == false)
        {
            gap = $"{e.Id}.authorizedBy -> {e.AuthorizedBy} ({grantor?.Kind ?? "missing"})";
        }
        else if (democratic.Value == false)
        {
            gap = $"{e.Id}.authorization = {e.Authorization}";
        }
        return byPublic & democratic;
    }

    /// <summary>Mandated when every mandator traces to authorized or mandated; the roots are theirs, joined.</summary>
    private EntityTrace UnderMandate(Entity e, out string? gap)
    {
        gap = null;
        if (e.MandatedBy is null)
        {
            return EntityTrace.Unknown($"entities[{e.Id}].mandatedBy");
        }
        if (e.MandatedBy.Length == 0)
        {
            gap = $"{e.Id}.mandatedBy = []";
            return EntityTrace.Of(EntityClass.Private);
        }
        var roots = new HashSet<string>(StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var id in e.MandatedBy)
        {
            // A mandator still open on the stack lies on a cycle, and a cycle reaches no public; a missing one is reported
            // by the validator.
            var mandator = _traces.GetValueOrDefault(id) ?? EntityTrace.Of(EntityClass.Private);
            switch (mandator.Class)
            {
                case EntityClass.Authorized or EntityClass.Mandated:
                    roots.UnionWith(mandator.Roots);
                    break;
                case null:
                    (missing ??= []).AddRange(mandator.Missing);
                    break;
                default:
                    gap = $"{e.Id}.mandatedBy -> {id} ({mandator.Class.Value.Name()})";
                    return EntityTrace.Of(EntityClass.Private);
            }
        }
        return missing is not null ? EntityTrace.Unknown([.. missing]) : new EntityTrace(EntityClass.Mandated, [], roots);
    }

    // Each entity is computed once, so each gap is found once.
    private void Gap(string gap) => _gaps.Add(gap);
}
