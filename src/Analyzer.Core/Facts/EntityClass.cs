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

/// <summary>The kebab-case names the proposal format and the reports use for entity classes.</summary>
public static class EntityClasses
{
    public static string Name(this EntityClass c) => c switch
    {
        EntityClass.Public => "public",
        EntityClass.Authorized => "authorized",
        EntityClass.Mandated => "mandated",
        EntityClass.Private => "private",
        _ => "ai-system",
    };

    /// <summary>The declared kind of the proposal format as a class; null when the kind is not stated.</summary>
    public static EntityClass? Parse(string? kind) => kind switch
    {
        "public" => EntityClass.Public,
        "authorized" => EntityClass.Authorized,
        "mandated" => EntityClass.Mandated,
        "private" => EntityClass.Private,
        "ai-system" => EntityClass.AiSystem,
        _ => null,
    };
}
