using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Explaining;

/// <summary>
/// A proposal seen through the papers: the Erman and Furendal chain it states, public -> authorized -> mandated ->
/// decisions, as a forest drawn from the stated links, each entity with its traced class and the criteria that fail
/// or cannot be judged where they name it; then its classification in each paper. Built by <see cref="ChainViewBuilder"/>
/// from an assessment, so every mark is a criterion's own result, never a second judgement.
/// </summary>
public sealed record ChainView
{
    public required string ProposalId { get; init; }
    public required string Title { get; init; }

    /// <summary>False when the proposal leaves out <c>entities</c>: the chain is not stated at all.</summary>
    public required bool EntitiesStated { get; init; }

    /// <summary>False when the proposal leaves out <c>decisions</c>.</summary>
    public required bool DecisionsStated { get; init; }

    /// <summary>Every entity in document order.</summary>
    public required IReadOnlyList<ChainEntity> Entities { get; init; }

    /// <summary>Every decision in document order.</summary>
    public required IReadOnlyList<ChainDecision> Decisions { get; init; }

    /// <summary>The publics, each the root of the entities its stated links reach.</summary>
    public required IReadOnlyList<ChainEntity> PublicRoots { get; init; }

    /// <summary>Roots of the entities no stated link connects to a public, drawn apart.</summary>
    public required IReadOnlyList<ChainEntity> UntracedRoots { get; init; }

    /// <summary>Decisions whose maker is not stated.</summary>
    public required IReadOnlyList<ChainDecision> DecisionsWithoutMaker { get; init; }

    /// <summary>The criteria behind the marks, and the chain paper's failing or unstated criteria that name no entity.</summary>
    public required IReadOnlyList<ChainKeyEntry> Key { get; init; }

    /// <summary>The classification in each paper of the pack, in pack order.</summary>
    public required IReadOnlyList<PaperClassification> Classifications { get; init; }
}

/// <summary>One entity of the chain: what it states, its traced class, where it hangs in the tree, and its marks.</summary>
public sealed class ChainEntity
{
    internal ChainEntity(Entity entity, int index, EntityTrace trace, bool isIssuer)
    {
        Entity = entity;
        Index = index;
        Class = trace.Class;
        ClassMissing = trace.Missing;
        IsIssuer = isIssuer;
    }

    /// <summary>The entity as stated.</summary>
    public Entity Entity { get; }

    public string Id => Entity.Id ?? "";

    /// <summary>Its position in <c>entities</c>, which gives it a safe node id in a diagram.</summary>
    public int Index { get; }

    /// <summary>The traced class; null when the links that would settle it are not stated.</summary>
    public EntityClass? Class { get; }

    /// <summary>The fields that would settle an unknown class.</summary>
    public IReadOnlyList<string> ClassMissing { get; }

    public bool IsIssuer { get; }

    /// <summary>Some stated link connects it to a public.</summary>
    public bool Reached { get; internal set; }

    /// <summary>The entity it is drawn under: its public (through <c>authorizedBy</c>) or its first mandator that is drawn; null for a root.</summary>
    public ChainEntity? Parent { get; internal set; }

    /// <summary>Drawn under its public by <c>authorizedBy</c>, not under a mandator.</summary>
    public bool UnderPublic { get; internal set; }

    /// <summary>Its other stated mandators, under which it is referenced rather than drawn again.</summary>
    public IReadOnlyList<ChainEntity> OtherMandators => _otherMandators;

    /// <summary>What is drawn under it: its decisions, then the entities it authorizes or mandates, in document order.</summary>
    public IReadOnlyList<ChainBranch> Branches => _branches;

    public IReadOnlyList<ChainMark> Marks => _marks;

    /// <summary>The stated kind differs from the traced class (or the class is unknown while a kind is stated).</summary>
    public bool ClassDiffersFromKind => Entity.Kind is not null && Class?.Name() != Entity.Kind;

    internal readonly List<ChainEntity> _otherMandators = [];
    internal readonly List<ChainBranch> _branches = [];
    internal readonly List<ChainMark> _marks = [];
}

/// <summary>One decision, under the entity that takes it.</summary>
public sealed class ChainDecision
{
    internal ChainDecision(Decision decision, int index, ChainEntity? maker)
    {
        Decision = decision;
        Index = index;
        Maker = maker;
    }

    public Decision Decision { get; }

    public int Index { get; }

    public ChainEntity? Maker { get; }

    /// <summary>An AI system supports or takes the decision (its stated role), or the maker is an AI system.</summary>
    public bool UsesAi => Decision.Ai is "support" or "decides" || Maker?.Class == EntityClass.AiSystem;

    public IReadOnlyList<ChainMark> Marks => _marks;

    internal readonly List<ChainMark> _marks = [];
}

/// <summary>What hangs under an entity in the tree.</summary>
public abstract record ChainBranch;

/// <summary>A decision the entity takes.</summary>
public sealed record DecisionBranch(ChainDecision Decision) : ChainBranch;

/// <summary>An entity drawn here, with everything under it.</summary>
public sealed record EntityBranch(ChainEntity Entity) : ChainBranch;

/// <summary>An entity this one also mandates, drawn under its first mandator: named here, not drawn twice.</summary>
public sealed record ReferenceBranch(ChainEntity Entity) : ChainBranch;

/// <summary>
/// A criterion's result where it names an entity or a decision: not met (with the broken link for a chain gap),
/// or not stated (with the field of that entity or decision that is missing).
/// </summary>
public sealed record ChainMark(Criterion Criterion, Outcome Outcome, string? Field = null, string? Gap = null);

/// <summary>
/// One criterion in the key under the tree: its outcome, whether it is marked in place, and what it names that has no
/// place in the tree (fields of the design as a whole, such as <c>issuer</c> or <c>decisions</c>).
/// </summary>
public sealed record ChainKeyEntry(CriterionResult Result, bool Placed, IReadOnlyList<string> UnplacedFields, IReadOnlyList<string> UnplacedNames);

/// <summary>
/// A paper's classification of the proposal: the criteria that carry it (the one that fills a summary column, or for a
/// paper without one, its scored criteria that carry a label) and the label they give.
/// </summary>
public sealed record PaperClassification(PaperReference Paper, IReadOnlyList<CriterionResult> Results, string? Label, string? OutsideFramework);
