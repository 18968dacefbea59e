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
    public Assessment Evaluate(ProposalFile file)
    {
        var proposal = file.Proposal!; // only usable files reach evaluation
        var facts = FactsBuilder.Build(proposal);
        var results = new CriterionResult[pack.Criteria.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Evaluate(pack.Criteria[i], proposal, facts);
        }
        return new Assessment { File = file, Proposal = proposal, Facts = facts, Results = results };
    }

    public static CriterionResult Evaluate(Criterion criterion, Proposal proposal, ProposalFacts facts) =>
        Evaluate(criterion, proposal, facts, StepBudget.DefaultLimit);

    /// <summary>One criterion, its expressions sharing a budget of <paramref name="stepLimit"/> steps (see <see cref="StepBudget"/>).</summary>
    public static CriterionResult Evaluate(Criterion criterion, Proposal proposal, ProposalFacts facts, long stepLimit)
    {
        using var budget = StepBudget.Open(stepLimit);
        try
        {
            if (criterion.Applies is { } applies && !applies(proposal, facts))
            {
                return new CriterionResult { Criterion = criterion, Outcome = Outcome.NotApplicable };
            }
            List<string>? missing = null;
            foreach (var field in criterion.Requires)
            {
                if (field.When is null)
                {
                    field.CollectMissing(proposal, facts, ref missing);
                }
            }
            // Conditional fields are checked once the unconditional ones are known, so their conditions may read those.
            foreach (var field in missing is null ? criterion.Requires : [])
            {
                if (field.When is { } when && when(proposal, facts))
                {
                    field.CollectMissing(proposal, facts, ref missing);
                }
            }
            if (missing is not null)
            {
                return new CriterionResult { Criterion = criterion, Outcome = Outcome.NotStated, MissingFields = [.. missing.Distinct()] };
            }
            var met = criterion.Holds(proposal, facts);
            return new CriterionResult
            {
                Criterion = criterion,
                Outcome = met ? Outcome.Met : Outcome.NotMet,
                Label = criterion.Label?.Invoke(proposal, facts),
                Detail = met ? null : criterion.Detail?.Invoke(proposal, facts),
            };
        }
        catch (StepLimitExceededException e)
        {
            return new CriterionResult { Criterion = criterion, Outcome = Outcome.Error, Error = e.Message };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Any exception from a rule (a field it read without listing it in 'requires', a bad format, an
            // overflow) is that criterion's error, never a not-met and never the end of the run.
            return new CriterionResult { Criterion = criterion, Outcome = Outcome.Error, Error = $"{e.GetType().Name}: {e.Message}" };
        }
    }
}
