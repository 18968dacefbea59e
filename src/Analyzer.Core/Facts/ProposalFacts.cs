namespace Analyzer.Core.Facts;

/// <summary>
/// What a proposal implies beyond its literal fields, computed once in C# and handed to the rules as
/// <c>facts</c>. A null value means the proposal does not state enough to decide it; <see cref="Missing"/>
/// then names the fields that would. Entity classes are traced through the chain, never taken from the declared kind.
/// </summary>
public sealed record ProposalFacts
{
    /// <summary>Traced class of the issuing entity: public, authorized, mandated, private or ai-system.</summary>
    public string? IssuerKind { get; init; }

    /// <summary>
    /// Erman and Furendal classes: mode-1..mode-5, outside-framework or an illegitimate class; the instrument's class
    /// and the AI-use class joined with '+' when the design both governs AI and uses it.
    /// </summary>
    public string? EfMode { get; init; }

    /// <summary>Why the design is outside the framework (advisory, private-issuer, ai-outside-mandate, ...), when it is.</summary>
    public string? OutsideFramework { get; init; }

    /// <summary>The issuer or a decision-maker is declared authorized or mandated: the design claims public authority.</summary>
    public bool? ClaimsPublicAuthority { get; init; }

    /// <summary>EF-02: no claim of public authority, or the issuer and every decision-maker trace back to a public.</summary>
    public bool? DemocraticMinimum { get; init; }

    /// <summary>Every entity declared authorized or mandated traces to the class it declares.</summary>
    public bool? ChainComplete { get; init; }

    /// <summary>Some entity is, or (its kind unstated) may be, declared authorized or mandated: the chain criteria apply.</summary>
    public bool HasAuthorizedOrMandated { get; init; }

    /// <summary>Some entity traces, or (its class unknown) may trace, as mandated: the accountability criteria apply.</summary>
    public bool HasMandated { get; init; }

    /// <summary>Every mandated entity answers to an authorized entity of its own chain, directly or through it.</summary>
    public bool? MandatesAccountable { get; init; }

    /// <summary>Every mandated entity's mandate can be revoked by an authorized entity of its own chain, directly or through it.</summary>
    public bool? MandatesRevocable { get; init; }

    /// <summary>Every mandated entity has at least one means of oversight.</summary>
    public bool? MandatesTransparent { get; init; }

    /// <summary>Some decision uses AI (an AI system takes it, supports it or decides it).</summary>
    public bool? UsesAi { get; init; }

    /// <summary>EF-14: an AI system takes a decision, or decides at goal-setting, lawmaking or policy level.</summary>
    public bool? DecisionsOutsourcedToAi { get; init; }

    /// <summary>EF-13: a traced authorized entity uses AI in a decision it takes itself.</summary>
    public bool? AuthorizedUsesAi { get; init; }

    /// <summary>EF-12: every use of AI is support in a decision of a traced mandated entity.</summary>
    public bool? AiUseUnderMandate { get; init; }

    /// <summary>EF-15: a traced private issuer adopts an instrument that is not binding and is addressed beyond itself.</summary>
    public bool? PrivateSoftLaw { get; init; }

    /// <summary>EF-17: a mandated, private or AI body sets the goals of AI development without an authorizing act.</summary>
    public bool? GoalsSetWithoutAuthorization { get; init; }

    /// <summary>States act together or the design applies worldwide (see <see cref="ReachFacts.International"/>).</summary>
    public bool? International { get; init; }

    /// <summary>Ho et al.'s institutional model as stated, for rules that apply to one model only.</summary>
    public string? InstitutionModel { get; init; }

    /// <summary>Links that fail the class an entity declares, as <c>entity.field -> target (class)</c>; ids, so they read the same in every language.</summary>
    public string[] ChainGaps { get; init; } = [];

    /// <summary>The issuer and decision-makers whose authority does not reach a public.</summary>
    public string[] UntracedAuthority { get; init; } = [];

    /// <summary>Mandated entities that answer to no authorized entity of their chain.</summary>
    public string[] UnaccountableEntities { get; init; } = [];

    /// <summary>Mandated entities whose mandate no authorized entity of their chain can revoke.</summary>
    public string[] IrrevocableEntities { get; init; } = [];

    /// <summary>Mandated entities with no means of oversight.</summary>
    public string[] OpaqueEntities { get; init; } = [];

    /// <summary>Decisions an AI system takes, or decides at a political level (EF-14).</summary>
    public string[] OutsourcedDecisions { get; init; } = [];

    /// <summary>Decisions in which an authorized entity itself uses AI (EF-13).</summary>
    public string[] AuthorizedAiDecisions { get; init; } = [];

    /// <summary>Decisions that use AI other than as support to a mandated entity (EF-12).</summary>
    public string[] UnmandatedAiDecisions { get; init; } = [];

    /// <summary>Goal-setting decisions taken without an authorizing act (EF-17).</summary>
    public string[] UnauthorizedGoalSetting { get; init; } = [];

    /// <summary>For each null fact, the proposal fields that would decide it.</summary>
    public IReadOnlyDictionary<string, string[]> Missing { get; init; } = new Dictionary<string, string[]>();
}
