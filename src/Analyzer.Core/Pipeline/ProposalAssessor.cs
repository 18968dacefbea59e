using Analyzer.Core.Evaluation;
using Analyzer.Core.Proposals;
using Analyzer.Core.Rules;
using Analyzer.Core.Scoring;

namespace Analyzer.Core.Pipeline;

/// <summary>The assessment of one usable file: its facts and outcomes (Evaluation), then its scores (Scoring).</summary>
public sealed class ProposalAssessor(RulePack pack)
{
    private readonly ProposalEvaluator _evaluator = new(pack);
    private readonly Scorer _scorer = new(pack);

    public ProposalScore Assess(ProposalFile file) => _scorer.Score(_evaluator.Evaluate(file));
}
