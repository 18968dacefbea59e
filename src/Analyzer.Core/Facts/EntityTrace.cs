namespace Analyzer.Core.Facts;

/// <summary>
/// An entity's traced class, or null with the fields that would settle it; for authorized and mandated entities,
/// the authorized entities at the roots of its own chain (an authorized entity is its own root).
/// </summary>
public sealed record EntityTrace(EntityClass? Class, string[] Missing, IReadOnlySet<string> Roots)
{
    private static readonly IReadOnlySet<string> NoRoots = new HashSet<string>();

    public static EntityTrace Of(EntityClass c) => new(c, [], NoRoots);

    public static EntityTrace Unknown(params string[] missing) => new(null, missing, NoRoots);

    /// <summary>Whether the entity is of the given class; unknown when its class is.</summary>
    public Known Is(EntityClass c) => Class is null ? Known.Unknown(Missing) : Known.Of(Class == c);

    /// <summary>Whether its authority reaches back to a public: a public itself, or a traced authorized or mandated entity.</summary>
    public Known TracesToPublic => Class is null ? Known.Unknown(Missing)
        : Known.Of(Class is EntityClass.Public or EntityClass.Authorized or EntityClass.Mandated);
}
