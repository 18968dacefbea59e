using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Evaluation;

/// <summary>
/// Evaluates every criterion of a pack for one proposal: not-applicable when its condition does not hold,
/// not-stated when a field it needs is absent, otherwise met or not-met; an exception is an error, never a not-met.
/// </summary>
public sealed class ProposalEvaluator(RulePack pack)
{
    private readonly CriterionPlan[] _plans = [.. pack.Criteria.Select(CriterionPlan.For)];

    public Assessment Evaluate(ProposalFile file)
    {
        var proposal = file.Proposal!; // only usable files reach evaluation
        var facts = FactsBuilder.Build(proposal);
        return new Assessment { File = file, Proposal = proposal, Facts = facts, Results = Evaluate(proposal, facts) };
    }

    /// <summary>Every criterion of the pack, in pack order, over a proposal whose facts are built.</summary>
    public CriterionResult[] Evaluate(Proposal proposal, ProposalFacts facts)
    {
        var results = new CriterionResult[_plans.Length];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(_plans[i], proposal, facts, StepBudget.DefaultLimit);
        }
        return results;
    }

    public static CriterionResult Evaluate(Criterion criterion, Proposal proposal, ProposalFacts facts) =>
        Evaluate(criterion, proposal, facts, StepBudget.DefaultLimit);

    /// <summary>One criterion, its expressions sharing a budget of <paramref name="stepLimit"/> steps (see <see cref="StepBudget"/>).</summary>
    public static CriterionResult Evaluate(Criterion criterion, Proposal proposal, ProposalFacts facts, long stepLimit) =>
        Evaluate(CriterionPlan.For(criterion), proposal, facts, stepLimit);

    /// <summary>
    /// Steps a criterion may take while any of its rules still runs interpreted. The interpreter is many times slower
    /// per step, and a hostile rule runs to the limit: past this many steps the criterion is compiled and run again
    /// from the start. Steps are counted the same either way, so the outcome is the same; the shipped rules take a few
    /// thousand steps on an ordinary proposal.
    /// </summary>
    internal const long InterpretedSteps = 100_000;

    private static CriterionResult Evaluate(CriterionPlan plan, Proposal proposal, ProposalFacts facts, long stepLimit)
    {
        var interpreted = !plan.IsCompiled;
        using var budget = StepBudget.Open(interpreted ? Math.Min(stepLimit, InterpretedSteps) : stepLimit);
        try
        {
            return Judge(plan, proposal, facts);
        }
        catch (StepLimitExceededException) when (interpreted && stepLimit > InterpretedSteps)
        {
            plan.CompileNow();
            return Evaluate(plan, proposal, facts, stepLimit);
        }
        catch (StepLimitExceededException e)
        {
            return new CriterionResult { Criterion = plan.Criterion, Outcome = Outcome.Error, Error = e.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            if (interpreted && plan.CompileNow())
            {
                // A rule that ran interpreted may word its exception differently; the compiled rule's is the one reported.
                return Evaluate(plan, proposal, facts, stepLimit);
            }
            // Any exception from a rule (a field it read without listing it in 'requires', a bad format, an
            // overflow) is that criterion's error, never a not-met and never the end of the run.
            return new CriterionResult { Criterion = plan.Criterion, Outcome = Outcome.Error, Error = $"{e.GetType().Name}: {e.Message}" };
        }
    }

    private static CriterionResult Judge(CriterionPlan plan, Proposal proposal, ProposalFacts facts)
    {
        var criterion = plan.Criterion;
        if (criterion.Applies is { } applies && !applies(proposal, facts))
        {
            return plan.NotApplicable;
        }
        List<string>? missing = null;
        foreach (var field in plan.Unconditional)
        {
            field.CollectMissing(proposal, facts, ref missing);
        }
        // Conditional fields are checked once the unconditional ones are known, so their conditions may read those.
        if (missing is null)
        {
            foreach (var field in plan.Conditional)
            {
                if (field.When!(proposal, facts))
                {
                    field.CollectMissing(proposal, facts, ref missing);
                }
            }
        }
        if (missing is not null)
        {
            return new CriterionResult { Criterion = criterion, Outcome = Outcome.NotStated, MissingFields = Distinct(missing) };
        }
        var met = criterion.Holds(proposal, facts);
        var label = criterion.Label?.Invoke(proposal, facts);
        var detail = met ? null : criterion.Detail?.Invoke(proposal, facts);
        if (label is null && detail is null)
        {
            return met ? plan.Met : plan.NotMet;
        }
        return new CriterionResult { Criterion = criterion, Outcome = met ? Outcome.Met : Outcome.NotMet, Label = label, Detail = detail };
    }

    /// <summary>Each field once, in order of first mention, as <c>Distinct</c> gives them, without its set for the usual one to three.</summary>
    private static string[] Distinct(List<string> fields)
    {
        if (fields.Count > 8)
        {
            return [.. fields.Distinct()];
        }
        var kept = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            if (!kept.Contains(field))
            {
                kept.Add(field);
            }
        }
        return [.. kept];
    }
}
