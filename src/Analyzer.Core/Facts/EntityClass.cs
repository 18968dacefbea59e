using Analyzer.Core.Proposals;

namespace Analyzer.Core.Facts;

/// <summary>
/// What an entity is in Erman and Furendal's chain once its links are traced, whatever kind it declares:
/// a public, an entity authorized by a public, one mandated by authorized entities, a private body or an AI system.
/// </summary>
public enum EntityClass
{
    Public,
    Authorized,
    Mandated,
    Private,
    AiSystem,
}

/// <summary>The proposal format's kebab-case names for entity classes (<c>ai-system</c>), read and written only here.</summary>
public static class EntityClasses
{
    public static string Name(this EntityClass c) => Kebab.Name(c);

    /// <summary>The declared kind of the proposal format as a class; null when the kind is not stated.</summary>
    public static EntityClass? Parse(string? kind) => Kebab.TryParse<EntityClass>(kind, out var c) ? c : null;

    /// <summary>The class an entity declares; null when its kind is not stated.</summary>
    public static EntityClass? Declared(this Entity e) => Parse(e.Kind);

    /// <summary>Declares a class of the chain: authorized or mandated, the classes that claim public authority.</summary>
    public static bool ClaimsChainClass(this Entity e) => e.Declared() is EntityClass.Authorized or EntityClass.Mandated;
}
