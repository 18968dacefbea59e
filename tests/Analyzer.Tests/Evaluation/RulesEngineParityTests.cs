using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using RulesEngine.Models;

namespace Analyzer.Tests.Evaluation;

/// <summary>
/// The pack's files are RulesEngine workflows: RulesEngine itself, given the same typed inputs, must reach the
/// same met/not-met as our compiled evaluation. This also guards upgrades of System.Linq.Dynamic.Core.
/// </summary>
public sealed class RulesEngineParityTests
{
    [Fact]
    public async Task ExecuteAllRules_ExamplesWithEveryFieldStated_AgreesWithEvaluator()
    {
        var (pack, _) = RulePackLoader.Load(Repo.Rules);
        var workflows = Directory.GetFiles(Repo.Rules, "*.json")
            .Where(f => Path.GetFileName(f) is not RulePackLoader.PackFile and not RulePackLoader.PapersFile)
            .Select(File.ReadAllText)
            .ToArray();
        // RulesEngine knows nothing of 'requires' and 'appliesWhen', so rules whose fields are absent throw there;
        // keep those as failed results and compare only the criteria our evaluator judged met or not-met.
        var engine = new RulesEngine.RulesEngine(workflows, new ReSettings { EnableExceptionAsErrorMessage = true, EnableFormattedErrorMessage = false });
        var evaluator = new ProposalEvaluator(pack!);
        var compared = 0;

        foreach (var file in new[] { "gdpr.yaml", "crime-ai-support-b.yaml", "private-soft-law.yaml", "agency-revocable-b.yaml" })
        {
            var read = new ProposalReader().Read(Path.Combine(Repo.Proposals, file));
            var assessment = evaluator.Evaluate(read);
            foreach (var workflow in pack!.Criteria.Select(c => c.Workflow).Distinct())
            {
                var results = await engine.ExecuteAllRulesAsync(workflow,
                    new RuleParameter("proposal", read.Proposal!), new RuleParameter("facts", assessment.Facts));
                foreach (var ours in assessment.Results.Where(r => r.Criterion.Workflow == workflow && r.Outcome is Outcome.Met or Outcome.NotMet))
                {
                    var theirs = results.Single(r => r.Rule.RuleName == ours.Criterion.Id);
                    Assert.True(ours.Outcome == Outcome.Met == theirs.IsSuccess, $"{file} {ours.Criterion.Id}: ours {ours.Outcome}, RulesEngine {theirs.IsSuccess} {theirs.ExceptionMessage}");
                    compared++;
                }
            }
        }
        Assert.True(compared > 40, $"only {compared} outcomes compared");
    }
}
