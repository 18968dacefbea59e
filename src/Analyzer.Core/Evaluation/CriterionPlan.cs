using System.Runtime.CompilerServices;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Evaluation;

/// <summary>
/// What the evaluator prepares once per criterion rather than on every proposal: its required fields split into
/// unconditional and conditional, and the results that carry nothing of a proposal (not-applicable, and met or
/// not-met without a label or detail), one shared immutable instance each, so most outcomes allocate nothing.
/// </summary>
internal sealed class CriterionPlan
{
    private static readonly ConditionalWeakTable<Criterion, CriterionPlan> Plans = [];

    private CriterionPlan(Criterion criterion)
    {
        Criterion = criterion;
        Unconditional = [.. criterion.Requires.Where(r => r.When is null)];
        Conditional = [.. criterion.Requires.Where(r => r.When is not null)];
        NotApplicable = new CriterionResult { Criterion = criterion, Outcome = Outcome.NotApplicable };
        Met = new CriterionResult { Criterion = criterion, Outcome = Outcome.Met };
        NotMet = new CriterionResult { Criterion = criterion, Outcome = Outcome.NotMet };
        _rules = [.. new Delegate?[] { criterion.Applies, criterion.Holds, criterion.Label, criterion.Detail }
            .Concat(Conditional.Select(r => r.When))
            .Select(ITieredRule.Of)
            .OfType<ITieredRule>()
            .Distinct()];
    }

    public Criterion Criterion { get; }

    public RequiredField[] Unconditional { get; }

    public RequiredField[] Conditional { get; }

    public CriterionResult NotApplicable { get; }

    public CriterionResult Met { get; }

    public CriterionResult NotMet { get; }

    /// <summary>The plan of a criterion, made on first use and kept as long as the criterion is.</summary>
    public static CriterionPlan For(Criterion criterion) => Plans.GetValue(criterion, static c => new CriterionPlan(c));

    /// <summary>Every rule of the criterion runs compiled (rules made by hand, as tests do, count as compiled).</summary>
    public bool IsCompiled
    {
        get
        {
            if (_compiled)
            {
                return true;
            }
            foreach (var rule in _rules)
            {
                if (!rule.IsCompiled)
                {
                    return false;
                }
            }
            return _compiled = true; // a rule never goes back to interpreting
        }
    }

    /// <summary>Compiles every rule of the criterion that still runs interpreted; false when none did.</summary>
    public bool CompileNow()
    {
        var pending = _rules.Where(r => !r.IsCompiled).ToList();
        pending.ForEach(r => r.CompileNow());
        return pending.Count > 0;
    }

    private readonly ITieredRule[] _rules;
    private bool _compiled;
}
