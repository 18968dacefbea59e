using System.Text;
using Analyzer.Core;
using Analyzer.Core.Evaluation;
using Analyzer.Core.Facts;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;

namespace Analyzer.Tests.Evaluation;

/// <summary>The shipped pack, and small proposals written in a test as YAML and read as a file would be.</summary>
internal static class ShippedCriteria
{
    public static readonly RulePack Pack = RulePackLoader.Load(Repo.Rules).Pack!;

    /// <summary>Reads <paramref name="yaml"/> through <see cref="ProposalReader"/>; the test fails if the text is not a valid proposal.</summary>
    public static Proposal FromYaml(string yaml)
    {
        var file = ProposalReader.Read("inline.yaml", Encoding.UTF8.GetBytes(yaml));
        Assert.True(file.IsUsable && file.Problems.Count == 0, string.Join("\n", file.Problems));
        return file.Proposal!; // usable files carry a proposal
    }

    public static Proposal Shipped(string id) => new ProposalReader().Read(Path.Combine(Repo.Proposals, $"{id}.yaml")).Proposal!;

    public static CriterionResult Result(string id, Proposal proposal) =>
        ProposalEvaluator.Evaluate(Pack.Find(id)!, proposal, FactsBuilder.Build(proposal));

    public static string Outcome(string id, Proposal proposal) => Kebab.Name(Result(id, proposal).Outcome);
}
