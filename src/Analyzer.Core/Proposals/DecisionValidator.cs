using FluentValidation;

namespace Analyzer.Core.Proposals;

/// <summary>Checks one decision's vocabulary fields.</summary>
public sealed class DecisionValidator : AbstractValidator<Decision>
{
    public DecisionValidator()
    {
        RuleFor(d => d.Level).OneOf("level", Vocabulary.DecisionLevels);
        RuleFor(d => d.Ai).OneOf("ai", Vocabulary.AiRoles);
    }
}
