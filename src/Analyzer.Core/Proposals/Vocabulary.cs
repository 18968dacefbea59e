namespace Analyzer.Core.Proposals;

/// <summary>The enumeration values of proposal format v1; rules and examples depend on them, so they never change.</summary>
public static class Vocabulary
{
    public const string FormatV1 = "governance-proposal/v1";

    public static readonly string[] Directions = ["of-ai", "by-ai", "both"];
    public static readonly string[] EntityKinds = ["public", "authorized", "mandated", "private", "ai-system"];
    public static readonly string[] Authorizations = ["election", "ratification", "statute", "appointment", "membership", "none"];
    public static readonly string[] DecisionLevels = ["goal-setting", "lawmaking", "policy", "implementation"];
    public static readonly string[] AiRoles = ["none", "support", "decides"];
    public static readonly string[] InstrumentKinds =
        ["law", "treaty", "policy", "strategy", "standard", "principles", "code-of-conduct", "licence", "recommendation", "research-programme", "partnership"];
    public static readonly string[] Bindings = ["binding", "non-binding", "voluntary"];
    public static readonly string[] Addressees = ["issuer-only", "members", "sector", "public"];
    public static readonly string[] Territories = ["national", "regional", "global"];
    public static readonly string[] Lifecycle = ["development", "deployment", "infrastructure"];
    public static readonly string[] Modalities =
        ["ethics-principles", "industry-self-governance", "contract-licence", "standard", "international-agreement", "extraterritorial-law"];
    public static readonly string[] Rationales = ["economic", "labour", "privacy", "bias", "energy", "security", "cross-border", "benefit-sharing"];
    public static readonly string[] InstitutionModels = ["commission", "governance-organization", "collaborative", "safety-project", "hybrid", "none"];
    public static readonly string[] Functions =
        ["conduct-research", "build-consensus", "develop-frontier-ai", "distribute-access", "set-standards", "support-implementation", "monitor-compliance", "control-inputs"];
    public static readonly string[] Memberships = ["intergovernmental", "multistakeholder", "public-private", "industry", "single-polity"];
    public static readonly string[] Participants = ["governments", "industry", "academia", "civil-society"];
    public static readonly string[] Challenges =
    [
        "scientific-uncertainty", "politicization", "representation-vs-expertise",
        "standard-setting-speed", "participation-incentives", "scope",
        "non-model-barriers", "dual-use-proliferation",
        "research-split", "researcher-isolation", "model-access", "security",
    ];
    public static readonly string[] Pathways = ["new-institution", "strengthen-existing", "hybrid"];
    public static readonly string[] DecisionRules = ["consensus", "majority", "veto", "unilateral"];
    public static readonly string[] Levels = ["international", "national", "subnational", "private"];
    public static readonly string[] CouncilScopes = ["internal", "multi-firm"];
    public static readonly string[] SystemScopes = ["general-purpose", "specific", "both"];

    /// <summary>
    /// Means of putting rules into practice and enforcing them, for <c>cooperation.implementation</c> and
    /// <c>instrument.enforcement</c>. These lists stay open: an entry outside this vocabulary is kept as stated
    /// text, but no rule counts it, because rules test membership and never search free text.
    /// </summary>
    public static readonly string[] Mechanisms =
    [
        "monitoring", "reporting", "peer-review", "audits", "inspections", "market-surveillance",
        "technical-assistance", "capacity-building",
        "certification", "conformity-assessment",
        "fines", "sanctions", "market-withdrawal", "licence-revocation",
        "none",
    ];

    /// <summary>
    /// Entries of <c>cooperation.flexibility</c> that revise or update the design (RH-15). The list stays open for
    /// other ways of accommodating divergent priorities, which RH-04 counts; <c>none</c> or <c>[]</c> says there is no flexibility.
    /// </summary>
    public static readonly string[] RevisionMechanisms = ["periodic-review", "delegated-acts", "sunset-clause", "amendment-procedure"];
}
