using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks the cooperation section's vocabulary fields.</summary>
public sealed class CooperationValidator : AbstractValidator<Cooperation>
{
    public CooperationValidator()
    {
        RuleFor(c => c.Pathway).OneOf("pathway", Vocabulary.Pathways);
        RuleFor(c => c.DecisionRule).OneOf("decisionRule", Vocabulary.DecisionRules);
        RuleForEach(c => c.Levels).OneOf("levels", Vocabulary.Levels);
    }
}
