using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// Accountability, revocation and oversight of mandated entities (EF-07 to EF-09), three-valued. An entity whose
/// kind is not stated may be a mandated one, so it counts too: its check can only hold or be unknown.
/// </summary>
public sealed class MandateChecks(AuthorizationGraph graph)
{
    private readonly List<Entity> _candidates = graph.Entities
        .Where(e => e.Kind is "mandated" or null)
        .OrderBy(e => e.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>Some entity is, or may be, a mandated one.</summary>
    public bool Any => _candidates.Count > 0;

    public Known Accountable(List<string> failing) => Each(failing, e =>
        e.AccountableTo is null ? Known.Unknown(Field(e, "accountableTo"))
        : e.MandatedBy is null ? Known.Unknown(Field(e, "mandatedBy"))
        : Known.Of(e.AccountableTo.Intersect(e.MandatedBy).Any()));

    public Known Revocable(List<string> failing) => Each(failing, e =>
    {
        if (e.RevocableBy is null)
        {
            return Known.Unknown(Field(e, "revocableBy"));
        }
        var (ancestors, unstated) = graph.Ancestors(e);
        return e.RevocableBy.Intersect(ancestors).Any() ? Known.True
            : unstated.Count > 0 ? Known.Unknown([.. unstated])
            : Known.False;
    });

    public Known Transparent(List<string> failing) => Each(failing, e =>
        e.Transparency is null ? Known.Unknown(Field(e, "transparency")) : Known.Of(e.Transparency.Length > 0));

    private Known Each(List<string> failing, Func<Entity, Known> check) => Known.All(_candidates.Select(e =>
    {
        var result = check(e);
        if (e.Kind is null)
        {
            // Not a mandated entity, or a mandated one for which the check holds; either way nothing fails yet.
            return result | Known.Unknown(Field(e, "kind"));
        }
        if (result.Value == false)
        {
            failing.Add(e.Id!);
        }
        return result;
    }));

    private static string Field(Entity e, string field) => $"entities[{e.Id}].{field}";
}
