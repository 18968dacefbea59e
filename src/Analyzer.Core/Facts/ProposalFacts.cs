namespace Analyzer.Core.Facts;

/// <summary>
/// What a proposal implies beyond its literal fields, computed once in C# and handed to the rules as
/// <c>facts</c>. A null value means the proposal does not state enough to decide it; <see cref="Missing"/>
/// then names the fields that would.
/// </summary>
public sealed record ProposalFacts
{
    /// <summary>Kind of the issuing entity (public, authorized, mandated, private, ai-system).</summary>
    public string? IssuerKind { get; init; }

    /// <summary>Erman and Furendal classification: mode-1..mode-5, outside-framework or an illegitimate class.</summary>
    public string? EfMode { get; init; }

    /// <summary>The issuer and every entity that makes a decision trace back to a public through authorized and mandated links.</summary>
    public bool? AuthorityTracesToPublic { get; init; }

    /// <summary>Every authorized and mandated entity has the link its class claims.</summary>
    public bool? ChainComplete { get; init; }

    /// <summary>Some entity is, or (its kind unstated) may be, authorized or mandated: the chain criteria apply.</summary>
    public bool HasAuthorizedOrMandated { get; init; }

    /// <summary>Some entity is, or (its kind unstated) may be, mandated: the accountability criteria apply.</summary>
    public bool HasMandated { get; init; }

    /// <summary>Every mandated entity answers to an entity that mandated it.</summary>
    public bool? MandatesAccountable { get; init; }

    /// <summary>Every mandated entity's mandate can be revoked by an entity up its chain.</summary>
    public bool? MandatesRevocable { get; init; }

    /// <summary>Every mandated entity has at least one means of oversight.</summary>
    public bool? MandatesTransparent { get; init; }

    /// <summary>An AI system decides at goal-setting, lawmaking or policy level.</summary>
    public bool? AiDecidesPolitically { get; init; }

    /// <summary>A private issuer adopts non-binding soft law addressed beyond itself.</summary>
    public bool? PrivateSoftLaw { get; init; }

    /// <summary>An authorized entity itself uses AI in the decisions it makes.</summary>
    public bool? AuthorizedUsesAi { get; init; }

    /// <summary>Step 3 of the decision table: an authorized issuer governs by AI itself (direction by-ai or both).</summary>
    public bool? AuthorizedGovernsByAi { get; init; }

    /// <summary>Ho et al.'s institutional model as stated, for rules that apply to one model only.</summary>
    public string? InstitutionModel { get; init; }

    /// <summary>A body other than an authorized entity sets the goals of AI development.</summary>
    public bool? GoalsSetByUnauthorized { get; init; }

    /// <summary>Missing links of the chain as <c>entity.field</c>; ids, so they read the same in every language.</summary>
    public string[] ChainGaps { get; init; } = [];

    /// <summary>Mandated entities that answer to none of their mandators.</summary>
    public string[] UnaccountableEntities { get; init; } = [];

    /// <summary>Mandated entities whose mandate no entity up their chain can revoke.</summary>
    public string[] IrrevocableEntities { get; init; } = [];

    /// <summary>Mandated entities with no means of oversight.</summary>
    public string[] OpaqueEntities { get; init; } = [];

    /// <summary>For each null fact, the proposal fields that would decide it.</summary>
    public IReadOnlyDictionary<string, string[]> Missing { get; init; } = new Dictionary<string, string[]>();
}
